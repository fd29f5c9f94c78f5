import Foundation

/// One progress report, as Write-Progress takes it (a ProgressRecord).
public struct ProgressRecord: Sendable, Equatable {
  public var activity: String
  /// pwsh's StatusDescription; Write-Progress passes `Processing` when -Status is not given.
  public var status: String
  /// Tells apart the activities of one source; a child names its parent's with `parentId`.
  public var id: Int
  /// The Id of the parent activity, or -1 for a top-level one.
  public var parentId: Int
  /// Tells apart the sources of records that reuse the same Ids (Write-Progress -SourceId).
  public var sourceId: Int
  /// From 0 to 100; -1 draws the whole bar without a filled part.
  public var percentComplete: Int
  /// The time left, in seconds; -1 shows none.
  public var secondsRemaining: Int
  public var currentOperation: String?
  /// Removes the activity (and its children) instead of drawing it.
  public var isCompleted: Bool

  public init(
    activity: String, status: String? = nil, id: Int = 0, parentId: Int = -1,
    sourceId: Int = 0, percentComplete: Int? = nil, secondsRemaining: Int = -1,
    currentOperation: String? = nil, isCompleted: Bool = false
  ) {
    self.activity = activity
    self.status = status ?? "Processing"
    self.id = id
    self.parentId = parentId
    self.sourceId = sourceId
    self.percentComplete = min(percentComplete ?? -1, 100)
    self.secondsRemaining = secondsRemaining
    self.currentOperation = currentOperation
    self.isCompleted = isCompleted
  }
}

/// The escape sequences a progress line is drawn with, from `$PSStyle`.
public struct ProgressStyle: Sendable, Equatable {
  /// `$PSStyle.Progress.Style`, which the activity and bar are drawn in.
  public var style: String
  public var reverse: String
  public var reverseOff: String
  public var reset: String
  /// `$PSStyle.Progress.MaxWidth`: lines are no wider, whatever the window's width.
  public var maxWidth: Int

  /// pwsh's defaults: bold yellow, reverse video for the filled part, 120 cells at most.
  public static let standard = ProgressStyle(
    style: "\u{1B}[33;1m", reverse: "\u{1B}[7m", reverseOff: "\u{1B}[27m", reset: "\u{1B}[0m",
    maxWidth: 120)

  /// No escapes at all, for `$PSStyle.OutputRendering = 'PlainText'`.
  public static func plain(maxWidth: Int) -> ProgressStyle {
    ProgressStyle(style: "", reverse: "", reverseOff: "", reset: "", maxWidth: maxWidth)
  }

  public init(
    style: String, reverse: String, reverseOff: String, reset: String, maxWidth: Int
  ) {
    self.style = style
    self.reverse = reverse
    self.reverseOff = reverseOff
    self.reset = reset
    self.maxWidth = maxWidth
  }
}

/// How the console host measures and draws the text it puts on the terminal itself.
///
/// ShellFormatting, which owns display cells and the progress view, provides it when it is
/// registered; until then characters count one cell each and a progress line is plain.
public struct HostRendering {
  /// The cells text takes on the terminal, escape sequences taking none.
  public var cellWidth: (String) -> Int
  /// One activity's progress line: the record, its indentation, the window's width, the style.
  public var progressLine: (ProgressRecord, Int, Int, ProgressStyle) -> String

  public init(
    cellWidth: @escaping (String) -> Int,
    progressLine: @escaping (ProgressRecord, Int, Int, ProgressStyle) -> String
  ) {
    self.cellWidth = cellWidth
    self.progressLine = progressLine
  }

  /// Plain text counted in characters, for a host no formatter was registered with.
  public static var plain: HostRendering {
    HostRendering(
      cellWidth: { $0.count },
      progressLine: { record, indentation, width, _ in
        String(
          (String(repeating: " ", count: indentation) + record.activity + " " + record.status)
            .prefix(max(width - 1, 0)))
      })
  }
}
