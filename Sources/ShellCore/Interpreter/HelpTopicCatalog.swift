import Foundation

/// A conceptual help topic (`about_*`), which Get-Help shows as text.
public struct HelpTopic: Sendable {
  /// The topic's name, such as `about_ActiveDirectory_Filter`.
  public let name: String
  /// One sentence: the SHORT DESCRIPTION, and the Synopsis a topic list shows.
  public let synopsis: String
  /// The LONG DESCRIPTION, one string per paragraph; Get-Help wraps them to the window.
  ///
  /// A paragraph whose lines start with spaces (an example or a table) is kept as written.
  public let paragraphs: [String]

  public init(name: String, synopsis: String, paragraphs: [String]) {
    self.name = name
    self.synopsis = synopsis
    self.paragraphs = paragraphs
  }
}

/// The about_ topics the modules of a session add, which `Get-Help about_*` lists.
public final class HelpTopicCatalog {
  public private(set) var topics: [HelpTopic] = []

  public init() {}

  /// Adds a topic, replacing one of the same name.
  public func add(_ topic: HelpTopic) {
    topics.removeAll { $0.name.caseInsensitiveCompare(topic.name) == .orderedSame }
    topics.append(topic)
  }
}

extension Interpreter {
  /// The session's about_ topics, kept in the module state so that each session has its own.
  public var helpTopics: HelpTopicCatalog {
    if let catalog = moduleState[Self.helpTopicsKey] as? HelpTopicCatalog { return catalog }
    let catalog = HelpTopicCatalog()
    moduleState[Self.helpTopicsKey] = catalog
    return catalog
  }

  private static let helpTopicsKey = "HelpTopics"
}
