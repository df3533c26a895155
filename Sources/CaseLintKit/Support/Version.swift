public enum CaseLint { public static let version = "0.1.0" }
