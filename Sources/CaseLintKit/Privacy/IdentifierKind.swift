import Foundation

/// The HIPAA Safe Harbor identifier classes (45 CFR 164.514(b)(2)(i)) that text patterns can find.
/// URLs (N), vehicle ids (L), biometrics (P), photographs (Q) and "any other unique number" (R) are
/// left out: every README has URLs, and the rest cannot be told apart from ordinary text.
public enum IdentifierKind: String, CaseIterable, Sendable, Comparable {
    case name, address, date, age, phone, email, ssn, mrn, healthPlan, account, license, device, ip

    /// The letter of the class in the Safe Harbor list.
    public var letter: String {
        switch self {
        case .name: return "A"
        case .address: return "B"
        case .date, .age: return "C"
        case .phone: return "D"
        case .email: return "F"
        case .ssn: return "G"
        case .mrn: return "H"
        case .healthPlan: return "I"
        case .account: return "J"
        case .license: return "K"
        case .device: return "M"
        case .ip: return "O"
        }
    }

    /// What was found, as a reader would call it.
    public var label: String {
        switch self {
        case .name: return "a person's name"
        case .address: return "a street address or full ZIP code"
        case .date: return "a full date of birth, admission, discharge or death"
        case .age: return "an age over 89"
        case .phone: return "a phone or fax number"
        case .email: return "an email address"
        case .ssn: return "a Social Security number"
        case .mrn: return "a medical record number"
        case .healthPlan: return "a health plan member or policy number"
        case .account: return "an account number"
        case .license: return "a certificate or licence number"
        case .device: return "a device identifier or serial number"
        case .ip: return "an IP address"
        }
    }

    /// Classes that text can hint at without settling it are warnings; the rest are errors.
    public var severity: Severity {
        switch self {
        case .age, .ip, .device, .license: return .warning
        default: return .error
        }
    }

    public static func < (lhs: IdentifierKind, rhs: IdentifierKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One place where an identifier seems to be: a byte offset into the scanned text and, for a
/// column of a table or data file, the column ("column 'dob'", "key 'mrn'") and how many values
/// look like identifiers.
/// Never the value itself: findings end up in public CI logs.
public struct IdentifierHit: Sendable, Equatable {
    public var kind: IdentifierKind
    public var offset: Int
    public var column: String?
    /// Values that look alike; 0 for a single field that is not counted (a DICOM header element).
    public var count: Int

    public init(kind: IdentifierKind, offset: Int, column: String? = nil, count: Int = 1) {
        self.kind = kind
        self.offset = offset
        self.column = column
        self.count = count
    }
}
