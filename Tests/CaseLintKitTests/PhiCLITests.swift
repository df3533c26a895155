import Foundation
import XCTest

/// PHI findings through the built binary: data files are found on disk, located by file, line and
/// column, and no output format repeats the values (CI logs are public).
final class PhiCLITests: XCTestCase {
    let values = ["Mary Jones", "1956-03-02", "02139", "617-555-0199", "mary.jones@gmail.com"]

    func project() throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", "# Triage\n\nThe nurse called the patient at 617-555-0199.\n")
        try sandbox.write("p/data/sample.csv", "patient_name,dob,zip,email\nMary Jones,1956-03-02,02139,mary.jones@gmail.com\n")
        try sandbox.write("p/node_modules/pkg/fixture.csv", "patient_name,dob\nMary Jones,1956-03-02\n")
        return sandbox
    }

    func testDataFileFindingsAreLocatedAndValuesNeverPrinted() throws {
        let sandbox = try project()
        let text = try CLI.run(["lint", sandbox.path("p")])
        XCTAssertEqual(text.status, 1)
        let lines = text.stdout.split(separator: "\n").filter { $0.hasSuffix("[privacy.phi-identifiers]") }
        let places = lines.map { String($0.split(separator: " ")[0]) }
        let base = sandbox.path("p") + "/"
        XCTAssertEqual(places, [base + "README.md:3:33:", base + "data/sample.csv:2:1:", base + "data/sample.csv:2:12:",
                                base + "data/sample.csv:2:23:", base + "data/sample.csv:2:29:"], text.stdout)
        for format in ["text", "json", "sarif", "github", "markdown"] {
            let output = try CLI.run(["lint", "--format", format, sandbox.path("p")]).stdout
            for value in values { XCTAssertFalse(output.contains(value), "\(format) output shows \(value)") }
        }
    }

    func testSuppressionAndDisablingWork() throws {
        let sandbox = try project()
        try sandbox.write("p/README.md", "# Triage\n\n<!-- caselint-disable-next-line privacy.phi-identifiers -->\nThe nurse called the patient at 617-555-0199.\n")
        let suppressed = try CLI.run(["lint", sandbox.path("p")]).stdout
        XCTAssertFalse(suppressed.contains("README.md:4:"), suppressed)
        XCTAssertTrue(suppressed.contains("data/sample.csv:2:1:"), suppressed)
        try sandbox.write("p/.caselint.yml", "disable: [privacy.phi-identifiers]\n")
        XCTAssertFalse(try CLI.run(["lint", sandbox.path("p")]).stdout.contains("phi-identifiers"))
    }
}
