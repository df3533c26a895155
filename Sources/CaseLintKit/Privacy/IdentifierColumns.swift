import Foundation

/// Which column names (CSV and TSV headers, Markdown table headers, JSON keys) hold identifiers.
/// In a sample of records the header says what a value is: "1956-03-02" under `dob` is a date of
/// birth, under `release` it is not.
enum IdentifierColumns {
    /// Names matched after normalising ("Date of Birth" -> "date_of_birth") and dropping a
    /// "patient_", "pt_" or "member_" prefix.
    static let names: [IdentifierKind: Set<String>] = [
        .name: ["patient_name", "patientname", "full_name", "fullname", "first_name", "firstname", "last_name", "lastname",
                "surname", "given_name", "givenname", "family_name", "familyname", "middle_name", "maiden_name", "legal_name"],
        .ssn: ["ssn", "social_security_number", "social_security", "ssn_number", "social_security_no"],
        .mrn: ["mrn", "medical_record_number", "medical_record_no", "med_rec_no", "medical_record", "record_number",
               "chart_number", "hospital_number", "mrn_number", "mrn_id", "nhs_number", "nhs_no", "nhs_id", "chi_number",
               "health_card_number"],
        .date: ["dob", "date_of_birth", "birth_date", "birthdate", "birthday", "dateofbirth", "birth_dt", "admission_date",
                "admit_date", "admittime", "admission_time", "admitdate", "date_of_admission", "discharge_date", "dischtime",
                "discharge_time", "date_of_discharge", "death_date", "date_of_death", "dod", "deathtime", "dischargedate",
                "admissiondate"],
        .age: ["age", "age_years", "age_at_admission", "anchor_age", "age_yrs"],
        .phone: ["phone", "phone_number", "phonenumber", "telephone", "tel", "mobile", "mobile_number", "cell", "cell_phone",
                 "home_phone", "work_phone", "fax", "fax_number", "contact_number"],
        .email: ["email", "e_mail", "email_address", "emailaddress", "mail"],
        .address: ["address", "street", "street_address", "address_line_1", "address1", "address_line1", "addr", "home_address",
                   "zip", "zipcode", "zip_code", "postal_code", "postcode"],
        .healthPlan: ["member_id", "member_number", "insurance_id", "insurance_number", "policy_number", "policy_id",
                      "subscriber_id", "beneficiary_id", "health_plan_id", "medicaid_id", "medicare_id", "medicare_number"],
        .account: ["account_number", "account_no", "acct_no", "bank_account", "iban"],
        .license: ["license_number", "licence_number", "drivers_license", "driver_license", "certificate_number", "passport_number"],
        .device: ["serial_number", "serial_no", "device_serial", "udi", "imei"],
        .ip: ["ip", "ip_address", "ipaddress", "client_ip", "remote_ip", "ipv4"],
    ]
    /// Names that hold identifiers only among other patient columns: `name` in a drug list is a
    /// compound, `city` in a hospital list is where the hospital is.
    static let contextual: [IdentifierKind: Set<String>] = [
        .name: ["name", "patient"],
        .address: ["city", "county", "town", "residence"],
    ]
    /// Columns that say the rows are people.
    static let personColumns: Set<String> = [
        "age", "sex", "gender", "race", "ethnicity", "dob", "date_of_birth", "birth_date", "diagnosis", "dx", "icd", "icd10",
        "icd_code", "mrn", "patient_id", "patientid", "subject_id", "admission_date", "discharge_date", "bmi", "insurance",
        "marital_status", "religion", "language", "weight", "height", "blood_type", "smoker", "smoking_status",
    ]
    static let prefixes = ["patient_", "pt_", "member_", "subscriber_", "mother_", "father_", "home_", "primary_"]

    /// "Date of Birth" -> "date_of_birth"; camel case is split as DICOM and FHIR keys write it:
    /// "PatientBirthDate" -> "patient_birth_date", "NHSNumber" -> "nhs_number". ASCII letters and
    /// digits only: identifier columns have English names.
    static func normalise(_ header: String) -> String {
        let bytes = Array(header.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 4)
        var pendingUnderscore = false
        for (index, byte) in bytes.enumerated() {
            if ByteText.isAlnum(byte) {
                if isUpper(byte), index > 0 {
                    let before = bytes[index - 1]
                    // "tB" in "PatientBirth", or the last capital of a run before a lower-case letter ("SN" in "NHSNumber").
                    if isLower(before) || (isUpper(before) && index + 1 < bytes.count && isLower(bytes[index + 1])) {
                        pendingUnderscore = true
                    }
                }
                if pendingUnderscore, !result.isEmpty { result.append(UInt8(ascii: "_")) }
                pendingUnderscore = false
                result.append(ByteText.lower(byte))
            } else {
                pendingUnderscore = true
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }

    static let byName: [String: IdentifierKind] = {
        var table: [String: IdentifierKind] = [:]
        for kind in IdentifierKind.allCases { for name in names[kind] ?? [] { table[name] = kind } }
        return table
    }()
    static let contextualByName: [String: IdentifierKind] = {
        var table: [String: IdentifierKind] = [:]
        for (kind, set) in contextual { for name in set { table[name] = kind } }
        return table
    }()

    /// The identifier class a column holds, given the other columns of the table.
    static func kind(of header: String, among others: Set<String>) -> IdentifierKind? {
        let name = normalise(header)
        if let kind = byName[name] { return kind }
        let bare = prefixes.first { name.hasPrefix($0) && name.count > $0.count }.map { String(name.dropFirst($0.count)) } ?? name
        if let kind = byName[bare] { return kind }
        guard let kind = contextualByName[name] ?? contextualByName[bare], aboutPeople(others) else { return nil }
        return kind
    }

    /// The words identifier column names are made of ("date", "birth", "mrn"): a header line without
    /// any of them at a word start names no identifier column, and its table is not split. Written
    /// out, sorted (a test checks they are `gatheredHeaderWords`): gathering them built the sets of
    /// names, a sixth of the set-up nearly every lint pays for.
    static let headerWords: [[UInt8]] = ByteText.cues([
        "1", "account", "acct", "addr", "address", "address1", "admission", "admissiondate", "admit", "admitdate", "admittime",
        "age", "anchor", "at", "bank", "beneficiary", "birth", "birthdate", "birthday", "card", "cell", "certificate", "chart", "chi", "city",
        "client", "code", "contact", "county", "date", "dateofbirth", "death", "deathtime", "device", "discharge",
        "dischargedate", "dischtime", "dob", "dod", "driver", "drivers", "dt", "e", "email", "emailaddress", "family",
        "familyname", "father", "fax", "first", "firstname", "full", "fullname", "given", "givenname", "health", "home",
        "hospital", "iban", "id", "imei", "insurance", "ip", "ipaddress", "ipv4", "last", "lastname", "legal", "licence",
        "license", "line", "line1", "maiden", "mail", "med", "medicaid", "medical", "medicare", "member", "middle", "mobile",
        "mother", "mrn", "name", "nhs", "no", "number", "of", "passport", "patient", "patientname", "phone", "phonenumber", "plan",
        "policy", "postal", "postcode", "primary", "pt", "rec", "record", "remote", "residence", "security", "serial", "social",
        "ssn", "street", "subscriber", "surname", "tel", "telephone", "time", "town", "udi", "work", "years", "yrs", "zip",
        "zipcode",
    ])

    /// The words of `names`, `contextual` and `prefixes`, sorted, as `headerWords` lists them.
    static var gatheredHeaderWords: [[UInt8]] {
        var words: Set<String> = []
        for set in names.values { for name in set { words.formUnion(name.split(separator: "_").map(String.init)) } }
        for set in contextual.values { words.formUnion(set) }
        for prefix in prefixes { words.insert(String(prefix.dropLast())) }
        return ByteText.cues(words.sorted())
    }

    static func mayNameIdentifiers(_ bytes: [UInt8], _ header: Range<Int>) -> Bool {
        ByteText.containsCue(bytes, in: header, headerWords)
    }

    /// Whether normalised column names say the rows describe people.
    static func aboutPeople(_ names: Set<String>) -> Bool {
        !names.isDisjoint(with: personColumns) || names.contains { $0.hasPrefix("patient") }
    }
}
