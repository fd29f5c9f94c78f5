import Foundation

/// The lived-in part of the seed: when each account was created, last logged on and last set
/// its password, and the domain's password policy those dates are judged by.
///
/// whenCreated is counted forward from the seed date (the domain was set up on 15 January 2024
/// and staff arrived over the following months), so it prints the same in every lab. Logons and
/// password changes are counted back from the moment the lab is seeded, so a new lab always
/// has the same mix: most staff logged on in the last two weeks, Frank Moore and WS002 went
/// stale (no logon for over 120 days), the two leavers (jjackson, rclark) stopped months ago,
/// Quinn Robinson, Guest and krbtgt never logged on, and the passwords of fmoore, gtaylor,
/// ithomas, qrobinson, jjackson, rclark and krbtgt are older than the 42-day maximum.
extension LabSeed {
  /// When something happened, counted back from the moment of seeding.
  enum Moment {
    case daysAgo(Double)
    /// At the object's creation (krbtgt's password is set when the domain is).
    case atCreation
  }

  /// An account's seeded activity: its last password change and last logon (nil: never).
  typealias AccountActivity = (password: Moment?, logon: Moment?)

  /// Activity per sAMAccountName; accounts not listed keep the directory's defaults.
  static let accountActivity: [String: AccountActivity] = [
    "Administrator": (.daysAgo(31.2), .daysAgo(0.1)),
    "krbtgt": (.atCreation, nil),
    "ajohnson": (.daysAgo(12.3), .daysAgo(1.2)),
    "bsmith": (.daysAgo(30.1), .daysAgo(2.4)),
    "cdavis": (.daysAgo(20.6), .daysAgo(5.3)),
    "dmiller": (.daysAgo(8.2), .daysAgo(1.1)),
    "ewilson": (.daysAgo(35.4), .daysAgo(3.2)),
    "fmoore": (.daysAgo(131.5), .daysAgo(125.3)),
    "gtaylor": (.daysAgo(50.2), .daysAgo(6.4)),
    "handerson": (.daysAgo(25.1), .daysAgo(4.2)),
    "ithomas": (.daysAgo(60.3), .daysAgo(45.6)),
    "jjackson": (.daysAgo(240.2), .daysAgo(212.4)),
    "kwhite": (.daysAgo(15.3), .daysAgo(2.1)),
    "lharris": (.daysAgo(3.4), .daysAgo(1.3)),
    "mmartin": (.daysAgo(10.2), .daysAgo(0.2)),
    "nthompson": (.daysAgo(28.5), .daysAgo(1.4)),
    "ogarcia": (.daysAgo(40.1), .daysAgo(2.2)),
    "pmartinez": (.daysAgo(18.2), .daysAgo(9.3)),
    "qrobinson": (.daysAgo(100.4), nil),
    "rclark": (.daysAgo(181.3), .daysAgo(160.2)),
    "slewis": (.daysAgo(5.2), .daysAgo(13.1)),
    "svc-backup": (.daysAgo(400.3), .daysAgo(0.3)),
    "DC01$": (.daysAgo(12.4), .daysAgo(0.1)),
    "WS001$": (.daysAgo(20.2), .daysAgo(3.3)),
    "WS002$": (.daysAgo(141.6), .daysAgo(139.2)),
    "SRV-FILE01$": (.daysAgo(25.3), .daysAgo(1.2)),
  ]

  /// Days after the seed date each company object was created (by RDN value); the domain's
  /// own containers and principals date from the seed date itself.
  static let createdDays: [String: Double] = [
    "Alice Johnson": 3.1, "Bob Smith": 3.2, "Carol Davis": 40.3, "David Miller": 3.3,
    "Emma Wilson": 10.2, "Frank Moore": 10.3, "Grace Taylor": 75.1, "Henry Anderson": 3.4,
    "Isabel Thomas": 20.2, "Jack Jackson": 20.3, "Karen White": 3.5, "Liam Harris": 120.2,
    "Mia Martin": 1.1, "Noah Thompson": 1.2, "Olivia Garcia": 200.3, "Peter Martinez": 5.2,
    "Quinn Robinson": 300.1, "Rachel Clark": 60.2, "Sam Lewis": 250.4, "svc-backup": 2.1,
    "WS001": 4.1, "WS002": 4.2, "SRV-FILE01": 2.2,
  ]

  /// The Default Domain Policy's password and lockout settings, on the domain head: 42 days
  /// maximum and 1 day minimum age, 7 characters, 24 remembered, complexity on, no lockout
  /// threshold, 10-minute lockout duration and observation window.
  static let domainPolicy: [(String, [String])] = [
    ("maxPwdAge", [String(-42 * ticksPerDay)]), ("minPwdAge", [String(-ticksPerDay)]),
    ("minPwdLength", ["7"]), ("pwdHistoryLength", ["24"]), ("pwdProperties", ["1"]),
    ("lockoutDuration", [String(-10 * ticksPerMinute)]),
    ("lockOutObservationWindow", [String(-10 * ticksPerMinute)]), ("lockoutThreshold", ["0"]),
  ]

  static let ticksPerMinute: Int64 = 600_000_000
  static let ticksPerDay: Int64 = 864_000_000_000

  /// The seed's clock: the seed date for creation, the moment of seeding for activity.
  struct Activity {
    let seedDate: Date
    let now: Date

    /// whenCreated of a seeded object.
    func created(_ object: NewObject) -> Date {
      guard let days = object.dn.leaf.flatMap({ LabSeed.createdDays[$0.value] }) else {
        return seedDate
      }
      return seedDate.addingTimeInterval(days * 86_400)
    }

    /// pwdLastSet, lastLogonTimestamp and lastLogon of a seeded account, as FILETIME ticks.
    func attributes(of object: NewObject) -> [(String, [String])] {
      guard let sam = object.samAccountName, let activity = LabSeed.accountActivity[sam] else {
        return []
      }
      var result: [(String, [String])] = []
      if let password = activity.password {
        result.append(("pwdLastSet", [String(fileTime(password, object))]))
      }
      if let logon = activity.logon {
        let ticks = String(fileTime(logon, object))
        result += [("lastLogonTimestamp", [ticks]), ("lastLogon", [ticks])]
      }
      return result
    }

    private func fileTime(_ moment: Moment, _ object: NewObject) -> Int64 {
      let date: Date
      switch moment {
      case .daysAgo(let days): date = now.addingTimeInterval(-days * 86_400)
      case .atCreation: date = created(object)
      }
      return Int64((date.timeIntervalSince1970 + 11_644_473_600) * 10_000_000)
    }
  }
}
