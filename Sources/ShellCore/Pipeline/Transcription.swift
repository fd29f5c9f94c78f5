import Foundation

/// The transcripts a console host is writing (Start-Transcript), innermost last.
///
/// A transcript holds what the console shows: everything the host writes (output, errors,
/// Write-Host, warnings) goes to every open transcript, and the REPL adds each command line
/// with the prompt it was typed at, as pwsh's host does. Text a program or `[Console]::Write`
/// writes straight to the terminal is not the host's, so it is not transcribed (as in pwsh).
/// Stop-Transcript closes the innermost one, writing pwsh's footer.
public final class Transcription {
  /// One open transcript file.
  final class Transcript {
    let path: String
    let file: FileHandle
    /// Start-Transcript -IncludeInvocationHeader: each command is preceded by its start time.
    let includesInvocationHeader: Bool

    init(path: String, file: FileHandle, includesInvocationHeader: Bool) {
      self.path = path
      self.file = file
      self.includesInvocationHeader = includesInvocationHeader
    }

    func write(_ text: String) {
      // A transcript that can no longer be written to (a full disk, a removed mount) must
      // not stop the command whose output it copies; pwsh's transcriber drops the text too.
      try? file.write(contentsOf: Data(text.utf8))  // a failed copy loses the copy only
    }
  }

  private var transcripts: [Transcript] = []

  public init() {}

  /// True while at least one transcript is open.
  public var isTranscribing: Bool { !transcripts.isEmpty }

  /// Opens `path` (created with its directory when missing; emptied unless `append`) and
  /// writes `header`.
  ///
  /// Throws the file system's error when the file cannot be opened for writing.
  public func start(
    path: String, append: Bool, includesInvocationHeader: Bool, header: String
  ) throws {
    let manager = FileManager.default
    // pwsh creates the directory a transcript goes in (-OutputDirectory need not exist).
    try manager.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    if !manager.fileExists(atPath: path) || !append {
      guard manager.createFile(atPath: path, contents: nil) else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
      }
    }
    let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try file.seekToEnd()
    let transcript = Transcript(
      path: path, file: file, includesInvocationHeader: includesInvocationHeader)
    transcripts.append(transcript)
    transcript.write(Self.lines(header))
  }

  /// Closes the innermost transcript after writing `footer`, and returns its path; nil when
  /// none is open.
  public func stop(footer: String) -> String? {
    guard let transcript = transcripts.popLast() else { return nil }
    transcript.write(Self.lines(footer))
    // Closing can fail only when the last buffered write does; the text is already lost then.
    try? transcript.file.close()  // nothing left to report to
    return transcript.path
  }

  /// Closes every transcript (the shell is exiting), each with the footer pwsh writes.
  public func stopAll(footer: () -> String) {
    while stop(footer: footer()) != nil {}
  }

  /// Copies text the console shows into every open transcript.
  public func record(_ text: String) {
    guard !transcripts.isEmpty else { return }
    let plain = Self.withoutEscapes(text)
    for transcript in transcripts { transcript.write(plain) }
  }

  /// Records a line typed at the prompt; the first line of a command comes after its
  /// start-time header in transcripts started with -IncludeInvocationHeader.
  public func recordCommand(prompt: String, line: String, isFirstLine: Bool, startTime: String) {
    for transcript in transcripts {
      if transcript.includesInvocationHeader, isFirstLine {
        transcript.write(
          "**********************\nCommand start time: \(startTime)\n**********************\n")
      }
      transcript.write(Self.withoutEscapes(prompt + line) + "\n")
    }
  }

  /// A time as transcripts write it: `yyyyMMddHHmmss`, local time.
  public static func timestamp(_ date: Date = Date()) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyyMMddHHmmss"
    return formatter.string(from: date)
  }

  /// The footer pwsh writes when a transcript ends (InternalHostUserInterfaceStrings'
  /// TranscriptEpilogue).
  public static func epilogue() -> String {
    let rule = "**********************"
    return [rule, "PowerShell transcript end", "End time: \(timestamp())", rule]
      .joined(separator: "\n")
  }

  /// The text with a line break at its end.
  private static func lines(_ text: String) -> String {
    text.hasSuffix("\n") ? text : text + "\n"
  }

  /// The text without ANSI escape sequences: a transcript is plain text (pwsh writes its
  /// transcripts with `$PSStyle.OutputRendering` treated as PlainText).
  static func withoutEscapes(_ text: String) -> String {
    guard text.contains("\u{1B}") else { return text }
    return text.replacingOccurrences(
      of: "\u{1B}\\[[0-9;?]*[ -/]*[@-~]|\u{1B}\\][^\u{07}\u{1B}]*(\u{07}|\u{1B}\\\\)",
      with: "", options: .regularExpression)
  }
}
