import Foundation

/// The word classes a not-for-clinical-use disclaimer is recognised by, read from the
/// `disclaimer.clinical-use` rule (`match:`), as token hashes so a sentence is judged without
/// building strings. Each class is a list of words or short phrases; apostrophes do not count
/// ("isn't" and "isnt" are one word).
public struct DisclaimerCues: Sendable {
    /// not, never, no, nothing, isn't, must not, cannot ...
    let negators: Set<UInt64>
    /// Negators that deny only the noun right after them ("no medical advice", "without clinical use").
    let nounNegators: Set<UInt64>
    /// "sole": "not the sole basis for decisions" still puts the model in clinical use.
    let partial: Set<UInt64>
    /// "not only", "not just": emphasis, not negation.
    let emphasis: Set<UInt64>
    /// clinical, medical, diagnostic, patients, treatment ...
    let clinical: Set<UInt64>
    /// What turns a clinical word into a use, a product or a judgement: use, device, decisions, validated ...
    let uses: Set<UInt64>
    /// The verb forms of "use": "does not use patient data" says nothing about clinical use.
    let useVerbs: Set<UInt64>
    /// Prepositions that tie a use to its purpose ("used for diagnosis", "used to make decisions").
    let prepositions: Set<UInt64>
    /// Clinicians a project must not replace ("not a substitute for a physician").
    let professionals: Set<UInt64>
    /// replace, substitute, replacement: denied, they tie a clinician or a clinical judgement to a disclaimer.
    let replacements: Set<UInt64>
    /// consult, seek: "consult a qualified physician".
    let consult: Set<UInt64>
    /// research, educational, teaching, portfolio, demonstration ...
    let purposes: Set<UInt64>
    /// only, solely, purely, strictly, exclusively.
    let markers: Set<UInt64>
    /// Words around a purpose that make it a use: for, use, purposes.
    let purposeFrames: Set<UInt64>
    /// purposes, purpose: "is for research purposes" restricts, "is for research" in a list of uses may not.
    let purposeNouns: Set<UInt64>
    /// Words before "for" that state what the project is for: is, intended, meant, designed ...
    let purposeVerbs: Set<UInt64>
    /// Availability and licence words: "available for research purposes under MIT" restricts nothing.
    let availability: Set<UInt64>
    /// "before (any) clinical use": a use the project still has to earn.
    let before: Set<UInt64>
    /// How a heading that announces a disclaimer ends (Disclaimer, Important notice, Intended use), as token hashes.
    let headings: [[UInt64]]
    /// Headings of sections whose restrictions are licence terms (License, Citation).
    let licenceHeadings: [[UInt8]]

    public init(lists: [String: [String]]) {
        func hashes(_ key: String) -> Set<UInt64> {
            Set((lists[key] ?? []).flatMap { phrase in PhraseMatcher.tokenHashes(phrase).prefix(1) })
        }
        negators = hashes("negators")
        nounNegators = hashes("noun_negators")
        emphasis = hashes("emphasis")
        partial = hashes("partial")
        clinical = hashes("clinical")
        uses = hashes("uses")
        useVerbs = hashes("use_verbs")
        prepositions = hashes("prepositions")
        professionals = hashes("professionals")
        replacements = hashes("replacements")
        consult = hashes("consult")
        purposes = hashes("purposes")
        markers = hashes("markers")
        purposeFrames = hashes("purpose_frames")
        purposeVerbs = hashes("purpose_verbs")
        purposeNouns = hashes("purpose_nouns")
        availability = hashes("availability")
        before = hashes("before")
        headings = (lists["headings"] ?? []).map(PhraseMatcher.tokenHashes).filter { !$0.isEmpty }
        licenceHeadings = ByteText.cues(lists["licence_headings"] ?? [])
    }

    /// The keys `init(lists:)` reads; a rule must give the first eight.
    public static let requiredKeys = ["negators", "clinical", "uses", "use_verbs", "prepositions", "purposes", "markers",
                                      "purpose_frames"]
    public static let optionalKeys = ["noun_negators", "emphasis", "partial", "professionals", "replacements", "consult", "purpose_verbs", "purpose_nouns",
                                      "availability", "before", "headings", "licence_headings"]
}
