import Foundation

/// The words that make a number an identifier. A bare number is never flagged on a hunch: "MRN",
/// "DOB", "member ID" or "age" must stand next to it (digits-and-dashes shapes such as SSNs and
/// phone numbers aside). Lists are lowercase; in labels a space also matches "_" and "-".
enum IdentifierCues {
    /// Labels directly before a value ("MRN: 0012345", "member_id=...").
    static let valueLabels: [(IdentifierKind, [[UInt8]])] = [
        (.mrn, ByteText.cues(["mrn", "medical record number", "medical record no", "medical record", "med rec no", "med rec",
                              "chart number", "chart no", "hospital number", "record number", "record no",
                              // The national patient numbers: England's NHS number, Scotland's CHI number, a provincial health card.
                              "nhs number", "nhs no", "nhs id", "chi number", "chi no", "health card number", "health card no",
                              // The same labels in Portuguese and Spanish field names ("prontuario": "HC-2231874").
                              "prontuario", "prontuário", "historia clinica", "historia clínica", "número de historia"])),
        (.healthPlan, ByteText.cues(["member id", "member number", "member no", "memberid", "beneficiary id", "beneficiary number",
                                     "beneficiary", "subscriber id", "subscriber number", "policy number", "policy no", "policy id",
                                     "insurance id", "insurance number", "insurance no", "medicaid id", "medicaid number", "medicaid",
                                     "medicare id", "medicare number", "medicare", "health plan id", "health plan number", "group number"])),
        // Bare "account" or "license" would take cloud account ids and licence years.
        (.account, ByteText.cues(["account number", "account no", "acct no", "bank account", "iban"])),
        (.license, ByteText.cues(["license number", "licence number", "license no", "licence no", "certificate number",
                                  "certificate no", "dea number", "driver's license", "drivers license", "driver license",
                                  "passport number", "passport no"])),
        (.device, ByteText.cues(["serial number", "serial no", "serial", "s/n", "device id", "device serial", "device number",
                                 "udi", "imei", "pacemaker id", "implant id"])),
        (.ssn, ByteText.cues(["ssn", "social security number", "social security no", "social security", "soc sec", "ss no"])),
        (.address, ByteText.cues(["zip", "zip code", "zipcode", "postal code", "postcode"])),
        (.phone, ByteText.cues(["phone", "phone number", "telephone", "tel", "mobile", "cell", "fax", "contact number", "ph",
                                "telefone", "telefono", "teléfono", "téléphone", "celular"])),
        (.ip, ByteText.cues(["ip", "ip address", "ip addr", "client ip", "remote ip", "remote addr", "src ip", "ipv4"])),
    ]

    /// Words within a few bytes before a full date that make it a date about a person.
    static let dateCues = ByteText.cues(["dob", "d.o.b", "date of birth", "birth", "born", "admit", "admission", "discharg",
                                         "date of death", "death", "died", "deceased", "dod", "deceas",
                                         // Portuguese, Spanish, French, German: "data_nascimento", "fecha de nacimiento".
                                         "nascimento", "nacimiento", "naissance", "geburt"])
    /// Words before a date that make it one end of a period ("admitted between 2008-01-01 and ...").
    static let rangeWords = ByteText.cues(["from", "between", "since", "after", "until", "through", "to", "and", "before", "period"])

    /// Labels of a person's name ("Patient: John Smith", "PatientName=SMITH^JOHN").
    static let nameLabels = ByteText.cues(["patient", "patient name", "patientname", "pt", "pt name", "subject name",
                                           "full name", "fullname", "patient full name", "name of patient", "client name",
                                           "resident name", "member name", "beneficiary name", "first and last name",
                                           "nome", "nombre", "paciente", "nome do paciente", "nombre del paciente"])
    static let nameLabelEnds: [Bool] = (0..<256).map { byte in nameLabels.contains { $0.last == UInt8(byte) } }
    /// Capitalised words that follow "Patient:" without being a name.
    static let notNames: Set<String> = [
        "male", "female", "man", "woman", "boy", "girl", "adult", "child", "infant", "unknown", "anonymous", "anon", "synthetic",
        "test", "demo", "sample", "example", "not", "none", "no", "patient", "redacted", "removed", "hidden", "masked",
        "de", "the", "a", "an", "see", "name", "first", "last", "doe", "placeholder", "fake", "dummy", "mock",
        "yes", "true", "false", "null", "n", "id", "age", "sex", "gender", "type", "chest", "case",
    ]
    static let nameTitles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "mx"]
    /// Endings of disease, lesion and cell names: a "Full Name" column of "Basal Cell Carcinoma" and
    /// "Actinic Keratoses" lists classes, not people.
    static let medicalEndings = ["oma", "omas", "osis", "oses", "itis", "emia", "aemia", "pathy", "plasia", "ectomy", "algia",
                                 "lesion", "lesions", "nevi", "nevus", "cyte", "cytes", "cytic", "ism", "disease", "syndrome",
                                 "tumor", "tumour", "cancer", "fracture", "infection", "disorder"]

    /// Ages: labels before ("aged 92") and units after ("92-year-old", "92 y/o").
    static let ageLabels = ByteText.cues(["age", "aged", "age at admission", "patient age"])
    static let ageUnits = ByteText.cues(["year old", "years old", "year-old", "years-old", "yo", "y/o", "y.o", "yrs", "yr old",
                                         "years of age"])
    /// Before an age, these make it a bracket ("over 90", ">= 90"), which Safe Harbor allows.
    static let ageBracketBefore = ByteText.cues(["over", "above", "older than", "at least", "beyond", ">", "≥", ">="])
    static let ageBracketAfter = ByteText.cues(["+", "or older", "and older", "and over", "or over", "plus"])
    /// Between two numbers these make a range ("90-100", "2008-01-01 to 2012-12-31").
    static let rangeJoiners = ByteText.cues(["-", "\u{2013}", "to", "and", "through"])

    /// Street suffixes that end an address ("221B Baker Street", "12 Main St").
    static let streetSuffixes: Set<String> = [
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr", "court", "ct",
        "place", "pl", "terrace", "parkway", "pkwy", "highway", "hwy", "circle", "way",
    ]
    /// US state codes, for "Boston, MA 02115".
    static let states: Set<String> = Set(("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
                                          + "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR").split(separator: " ").map(String.init))

    /// Email addresses that reach nobody in particular, or only the author's tools.
    static let placeholderDomains = ["example.com", "example.org", "example.net", "domain.com", "email.com", "yourdomain.com",
                                     "company.com", "mail.com", "github.com", "gitlab.com", "bitbucket.org", "localhost"]
    static let placeholderTLDs: Set<String> = ["example", "test", "invalid", "localhost", "local", "png", "jpg", "jpeg", "gif",
                                               "svg", "webp", "pdf", "csv", "json", "txt", "md", "py", "js", "ts", "html", "yaml",
                                               "yml", "zip", "gz", "ipynb", "pt", "pkl", "h5", "onnx"]
    static let roleMailboxes: Set<String> = [
        "you", "your", "yourname", "your.name", "your_name", "youremail", "your.email", "your_email", "user", "username",
        "name", "me", "email", "someone", "somebody", "firstname.lastname", "first.last", "test", "foo", "noreply",
        "no-reply", "example", "info", "contact", "support", "admin", "help", "team", "hello", "office", "privacy",
        "security", "webmaster", "research", "data", "dataaccess", "data-access", "access", "lab", "press", "feedback",
        "git", "root", "ubuntu", "ec2-user", "pi", "postgres", "dpo", "compliance", "author", "maintainer",
    ]
}
