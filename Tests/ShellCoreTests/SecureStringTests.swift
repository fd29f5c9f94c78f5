import Foundation
import Testing

@testable import ShellCore

@Suite struct SecureStringTests {
  @Test func standardStringRoundTripsAnyText() {
    for text in ["", "P@ssw0rd1", "pässwörd", "🔑 key"] {
      let encoded = SecureString.standardString(of: text)
      #expect(SecureString.text(fromStandardString: encoded) == text || text.isEmpty)
    }
  }

  @Test(arguments: ["abc", "6100620", "zz00", "61 00"])
  func textThatIsNotAStandardStringIsRejected(_ text: String) {
    #expect(SecureString.text(fromStandardString: text) == nil)
  }

  @Test func secureStringHidesItsTextFromProperties() {
    let lines = outputLines(
      "$s = ConvertTo-SecureString 'hunter2' -AsPlainText; $s.PSObject.Properties.Name -join ','")
    #expect(lines == ["Length"])
  }

  @Test func jsonOfASecureStringDoesNotHoldTheText() {
    let result = runShell("ConvertTo-SecureString 'hunter2' -AsPlainText | ConvertTo-Json")
    #expect(!result.output.contains("hunter2"))
  }

  @Test func credentialOfAStringIsAConversionError() {
    let result = runShell("New-Object System.Management.Automation.PSCredential ('u', 'p')")
    #expect(result.errors.contains("System.Security.SecureString"))
  }

  @Test func secureStringParameterRejectsPlainText() {
    let result = runShell("ConvertFrom-SecureString 'plain'")
    #expect(result.errors.contains("System.Security.SecureString"))
  }

  @Test func nonInteractiveReadHostFails() {
    let result = runShell("Read-Host -Prompt 'Name' -AsSecureString")
    #expect(result.errors.contains("NonInteractive mode"))
  }

  @Test func getCredentialReturnsACredentialItIsGiven() {
    let lines = outputLines(
      "$c = [pscredential]::new('u', (ConvertTo-SecureString 'p' -AsPlainText)); "
        + "(Get-Credential $c).UserName")
    #expect(lines == ["u"])
  }
}
