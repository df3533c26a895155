import Foundation

/// The word classes a not-for-clinical-use disclaimer is recognised by, read from the
/// `disclaimer.clinical-use` rule (`match:`). A word may belong to several classes ("care" is a
/// clinical word and a use); each token of a README is looked up once, as a set of class bits, and
/// the scanner's tests are bit tests. Apostrophes do not count ("isn't" and "isnt" are one word).
public struct DisclaimerCues: Sendable {
    struct Class: OptionSet, Sendable {
        let rawValue: UInt64
        /// not, never, nothing, isn't, cannot ...
        static let negator = Class(rawValue: 1 << 0)
        /// no, without: they deny only the noun right after them ("no medical advice").
        static let nounNegator = Class(rawValue: 1 << 1)
        /// only, just: "not only" is emphasis, not negation.
        static let emphasis = Class(rawValue: 1 << 2)
        /// sole: "not the sole basis for decisions" still puts the model in clinical use.
        static let partial = Class(rawValue: 1 << 3)
        /// clinical, medical, diagnostic, patients, treatment ...
        static let clinical = Class(rawValue: 1 << 4)
        /// What makes a clinical word a use, a product or a judgement: use, device, decisions, validated ...
        static let use = Class(rawValue: 1 << 5)
        /// The verb "use": "does not use patient data" says nothing about clinical use.
        static let useVerb = Class(rawValue: 1 << 6)
        /// for, in, to ...: "used for diagnosis".
        static let preposition = Class(rawValue: 1 << 7)
        /// research, teaching, portfolio ...
        static let purpose = Class(rawValue: 1 << 8)
        /// only, solely, strictly ...
        static let marker = Class(rawValue: 1 << 9)
        /// for, use, purposes: what makes a purpose a use.
        static let purposeFrame = Class(rawValue: 1 << 10)
        /// purposes, purpose, only: "for research purposes" restricts, "for research" in a list of uses may not.
        static let purposeNoun = Class(rawValue: 1 << 11)
        /// is, intended, designed ...: the words before "for" that say what a project is for.
        static let purposeVerb = Class(rawValue: 1 << 12)
        /// available, provided, licensed, MIT ...: "available for research under MIT" restricts nothing.
        static let availability = Class(rawValue: 1 << 13)
        /// physician, radiologist ...: clinicians a project must not replace.
        static let professional = Class(rawValue: 1 << 14)
        /// replace, substitute: denied, they tie a clinician or a clinical judgement to a disclaimer.
        static let replacement = Class(rawValue: 1 << 15)
        // 1 << 16 was "consult": advice to see a doctor is no disclaimer (rules/responsibility.yml says why).
        /// before, prior: "before any clinical use".
        static let before = Class(rawValue: 1 << 17)
        /// a, an, the: "not a diagnosis" denies the diagnosis as plainly as "not diagnoses".
        static let article = Class(rawValue: 1 << 18)
        /// provide, give, make: "does not provide a diagnosis" denies the diagnosis itself.
        static let delivery = Class(rawValue: 1 << 19)
        /// Set by the scanner on a word that follows a comma: a use does not reach across it.
        static let clauseStart = Class(rawValue: 1 << 20)
        /// and, or: they join a list of purposes ("for teaching and research only").
        static let joiner = Class(rawValue: 1 << 21)
        /// Set by the scanner on "non" and the word it negates ("non-commercial"): a list of purposes
        /// reads through them, though they are no purpose of their own.
        static let listFiller = Class(rawValue: 1 << 22)
        /// patients, hospitals: clinical words only as whom or where a use would reach, closing their
        /// clause ("not tested on real patients"); not as a modifier ("patient identifiers") or a
        /// subgroup ("not tested on patients over 80", a limitation of the evaluation).
        static let population = Class(rawValue: 1 << 23)
        /// other, external: "not evaluated at other hospitals" is about generalising, not about use.
        static let elsewhere = Class(rawValue: 1 << 24)
        /// without, unless: "must not be used on patients without review" sets a condition on the use
        /// (oversight), it does not deny it.
        static let condition = Class(rawValue: 1 << 25)
        /// which, because, so: after a comma they open a clause of its own, which a negation before the
        /// comma does not reach ("don't show up, which costs the public health system money").
        static let clauseOpener = Class(rawValue: 1 << 26)
        /// support, assist, augment: "intended to support, not replace, clinical judgment" states a
        /// clinical use with oversight; the denied replacement beside it disclaims nothing.
        static let support = Class(rawValue: 1 << 27)
        /// code, software, prototype: what a purpose may name before a closing marker ("Research code only.").
        static let purposeObject = Class(rawValue: 1 << 28)
        /// training: a purpose that also names a stage of the model's work ("Training code only." says
        /// which code is here, not what the project is for).
        static let modelStage = Class(rawValue: 1 << 29)
        /// itself, themselves, alone: "Not a diagnosis in themselves" denies only part of a clinical use.
        static let partialAfter = Class(rawValue: 1 << 30)
        /// real, actual, live: "must not be used to write real discharge summaries" denies the real work
        /// whatever its trade, as a clinical word would.
        static let actual = Class(rawValue: 1 << 31)
        /// was, has, did: "the tool was never used for real planning" tells what happened, not what may be done.
        static let pastTense = Class(rawValue: 1 << 32)
        /// dataset, data: "The dataset is available for research purposes only" is the data's term of use.
        static let dataSubject = Class(rawValue: 1 << 33)
        /// should, must: "No model here should be used" denies the use, not only the noun after "no".
        static let modal = Class(rawValue: 1 << 34)
        /// agreement, credentialed: "available for research use under a data use agreement" is a dataset's access terms.
        static let dataTerms = Class(rawValue: 1 << 35)
        /// license, MIT, Apache: a restriction in the sentence of a licence is the licence's term.
        static let licence = Class(rawValue: 1 << 36)
        /// individual: "no decision about an individual patient" is the level an aggregate tool does not
        /// work at, told as a description, unless a rule of use (`norm`, `modal`) stands in the sentence.
        static let level = Class(rawValue: 1 << 37)
        /// intended, suitable, tool: what makes a sentence a rule of use or a product's status, not a description.
        static let norm = Class(rawValue: 1 << 38)
        /// practice, settings: a use that names where the work happens counts after a preposition ("not
        /// used in clinical practice"); "Exam questions aren't clinical practice" compares, it denies nothing.
        static let place = Class(rawValue: 1 << 39)
        /// does, did: "VitalBridge doesn't use machine learning for triage" tells what the project is
        /// built from, not a use it denies ("Do not use it for triage" does).
        static let doer = Class(rawValue: 1 << 40)
        /// from: "we did not test on images from our hospital" names where data came from, not whom a use reaches.
        static let source = Class(rawValue: 1 << 41)
        /// prompt, instructions: what a README tells a language model to do ("a prompt that tells it to:
        /// ... not give treatment advice") is the model's instruction, not a rule of use.
        static let prompt = Class(rawValue: 1 << 42)
        /// reports, notes, scans: real ones an instruction keeps out of issues or prompts ("Please don't add
        /// real patient reports to issues") make a privacy rule, like the data subjects.
        static let sharedRecord = Class(rawValue: 1 << 43)
        /// make, inform, guide: "Do not use it to make decisions about your own skin" denies the decision
        /// the project would stand in for, whatever the decision is about.
        static let decisionVerb = Class(rawValue: 1 << 44)
        /// decision, decisions.
        static let decision = Class(rawValue: 1 << 45)
        /// decide, choose: "must not be used to decide whether anyone's mole gets looked at": the verb is
        /// the decision itself.
        static let deciding = Class(rawValue: 1 << 46)
        /// level, after a population: "not used for anything patient-level" describes the level, as
        /// "individual patient" does.
        static let levelAfter = Class(rawValue: 1 << 47)
        /// dose, prescribe, diagnose: a clinical act the project must not be the ground for ("Please do not
        /// dose anyone with this"), read like a verb of deciding.
        static let clinicalAct = Class(rawValue: 1 << 48)
        /// advice: denied on its own at the end of a clause ("Nothing here is advice"), in a README about health.
        static let advice = Class(rawValue: 1 << 49)
        /// device: what a project denies being at the end of a clause ("a learning project, not a device").
        static let identity = Class(rawValue: 1 << 50)

        /// What every kind of disclaimer names: a clinical use, a purpose, a clinician, the real work, a
        /// decision, advice or a device.
        static let naming: Class = [.clinical, .purpose, .professional, .actual, .decision, .deciding, .clinicalAct, .advice, .identity]
    }

    /// `match:` keys and their classes; the first eight are required.
    static let keys: [(String, Class)] = [
        ("negators", .negator), ("clinical", .clinical), ("uses", .use), ("use_verbs", .useVerb),
        ("prepositions", .preposition), ("purposes", .purpose), ("markers", .marker), ("purpose_frames", .purposeFrame),
        ("noun_negators", .nounNegator), ("emphasis", .emphasis), ("partial", .partial), ("purpose_nouns", .purposeNoun),
        ("purpose_verbs", .purposeVerb), ("availability", .availability), ("professionals", .professional),
        ("replacements", .replacement), ("before", .before), ("articles", .article),
        ("deliveries", .delivery), ("joiners", .joiner), ("populations", .population),
        ("elsewhere", .elsewhere), ("conditions", .condition), ("clause_openers", .clauseOpener), ("supports", .support),
        ("purpose_objects", .purposeObject), ("model_stages", .modelStage), ("partial_after", .partialAfter),
        ("actual", .actual), ("past_forms", .pastTense), ("data_subjects", .dataSubject), ("modals", .modal),
        ("data_terms", .dataTerms), ("licences", .licence), ("levels", .level), ("norms", .norm),
        ("places", .place), ("doers", .doer), ("sources", .source), ("prompts", .prompt), ("shared_records", .sharedRecord),
        ("decision_verbs", .decisionVerb), ("decisions", .decision), ("deciding_verbs", .deciding), ("levels_after", .levelAfter),
        ("clinical_acts", .clinicalAct), ("advice", .advice), ("identities", .identity),
    ]
    public static let requiredKeys = keys.prefix(8).map(\.0)
    /// The keys whose entries are single words (headings may be phrases).
    public static let wordKeys = keys.map(\.0)
    public static let optionalKeys = keys.dropFirst(8).map(\.0) + ["headings", "licence_headings", "denials"]

    /// Word hash to its position in `classValues`, by open addressing (no SipHash per word).
    private let classTable: TokenHashTable
    private let classValues: [Class]
    /// One bit per word hash that has a class: most words of a README have none, and a bit test
    /// rejects them without hashing the key for the dictionary.
    private let filter: [UInt64]
    /// The same for words with a `naming` class only: most sentences name none, and their words
    /// (common ones among them: "for", "the", "is") are passed over with one bit test each.
    private let namingFilter: [UInt64]
    /// How a heading that announces a disclaimer ends (Disclaimer, Important notice, Intended use), as token hashes.
    let headings: [[UInt64]]
    /// Phrases that put a use out of the project's reach wherever they stand ("Clinical deployment is
    /// out of scope", "Out of scope: clinical decisions"), as token hashes.
    let denials: [[UInt64]]
    /// `firstWordBit` of each denial's first word, ORed: most words start none, and one test says so.
    let denialFirstWords: UInt64
    /// Headings of sections whose restrictions are licence terms (License, Citation).
    let licenceHeadings: [[UInt8]]

    public init(lists: [String: [String]]) {
        // Each word's hash and class, then sorted by hash so that a word in several lists becomes one
        // entry with all its classes: no dictionary to hash into, and the same lists always give the
        // same tables, whichever way the rule was read.
        var words: [(hash: UInt64, wordClass: Class)] = []
        words.reserveCapacity(Self.keys.reduce(0) { $0 + (lists[$1.0]?.count ?? 0) })
        var filter = [UInt64](repeating: 0, count: PhraseMatcher.filterWords)
        var namingFilter = filter
        for (key, wordClass) in Self.keys {
            for phrase in lists[key] ?? [] {
                // Single words (DisclaimerCheck rejects phrases); "non-clinical" is read by the scanner.
                let hashes = PhraseMatcher.tokenHashes(phrase)
                guard hashes.count == 1, let hash = hashes.first else { continue }
                words.append((hash, wordClass))
                let bit = PhraseMatcher.filterBit(hash)
                filter[bit.word] |= bit.mask
                if !wordClass.isDisjoint(with: .naming) { namingFilter[bit.word] |= bit.mask }
            }
        }
        words.sort { $0.hash < $1.hash }
        var hashes: [UInt64] = []
        var values: [Class] = []
        for word in words {
            if hashes.last == word.hash {
                values[values.count - 1].insert(word.wordClass)
            } else {
                hashes.append(word.hash)
                values.append(word.wordClass)
            }
        }
        var table = TokenHashTable(capacity: hashes.count)
        for (index, hash) in hashes.enumerated() { table.insert(hash, value: index) }
        classTable = table
        classValues = values
        self.filter = filter
        self.namingFilter = namingFilter
        headings = (lists["headings"] ?? []).map(PhraseMatcher.tokenHashes).filter { !$0.isEmpty }
        denials = (lists["denials"] ?? []).map(PhraseMatcher.tokenHashes).filter { !$0.isEmpty }
        denialFirstWords = denials.reduce(0) { $0 | Self.firstWordBit($1[0]) }
        licenceHeadings = ByteText.cues(lists["licence_headings"] ?? [])
    }

    @inline(__always) static func firstWordBit(_ hash: UInt64) -> UInt64 { 1 << (hash & 63) }

    func classes(of hash: UInt64) -> Class {
        let bit = PhraseMatcher.filterBit(hash)
        guard filter[bit.word] & bit.mask != 0 else { return [] }
        return classTable.value(for: hash).map { classValues[$0] } ?? []
    }

    /// Whether the word has a `naming` class.
    func names(_ hash: UInt64) -> Bool {
        let bit = PhraseMatcher.filterBit(hash)
        guard namingFilter[bit.word] & bit.mask != 0 else { return false }
        return classTable.value(for: hash).map { !classValues[$0].isDisjoint(with: .naming) } ?? false
    }
}
