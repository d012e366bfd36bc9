import HandsetEmitters
import Testing

/// Issue #13, item 3: lines of every vendor's format are masked by the secret settings the emitters declare.
struct SecretSettingsTests {
    @Test(arguments: [
        ("account.3.password = old-value", "account.3.password = ##"),
        ("static.security.user_password = admin:old-value", "static.security.user_password = ##"),
        ("    <user_pass idx=\"2\" perm=\"R\">old-value</user_pass>", "    <user_pass idx=\"2\" perm=\"R\">##</user_pass>"),
        ("        <P1706 para=\"Account5_AuthenticatePassword\">old-value</P1706>",
         "        <P1706 para=\"Account5_AuthenticatePassword\">##</P1706>"),
        ("        <P2 para=\"AdminPassword\">old-value</P2>", "        <P2 para=\"AdminPassword\">##</P2>"),
        ("remote_phonebook.data.1.url = https://acme:old%40value@prov.example.net/acme/x.xml",
         "remote_phonebook.data.1.url = https://acme:##@prov.example.net/acme/x.xml"),
        ("<P4401 para=\"RemotePhoneBook1_Url\">https://a%3Ab:old-value@h/p</P4401>", "<P4401 para=\"RemotePhoneBook1_Url\">https://a%3Ab:##@h/p</P4401>"),
        ("    <item name=\"account.2.sip.subscriber.password\">old-value</item>",
         "    <item name=\"account.2.sip.subscriber.password\">##</item>"),
        ("    <item name=\"users.user.password\">old-value</item>", "    <item name=\"users.user.password\">##</item>"),
        ("  reg.12.auth.password=\"old-value\"", "  reg.12.auth.password=\"##\""),
        ("  device.prov.password=\"old&quot;value\"", "  device.prov.password=\"##\""),
    ])
    func secretValuesAreMasked(_ line: String, _ expected: String) {
        #expect(SecretSettings.mask(line, with: "##") == expected)
    }

    @Test(arguments: [
        "account.3.label = old-value",
        "        <P20000 para=\"Account1_Label\">Alice</P20000>",
        "static.auto_provision.server.url = https://prov.example.net/acme/",
        "# a comment = with an equals sign",
        "    <item name=\"account.2.sip.subscriber.name\">Alice</item>",
        "  device.prov.password.set=\"1\"",
        "  reg.1.auth.userId=\"acme100\"",
    ])
    func otherLinesStayAsTheyAre(_ line: String) {
        #expect(SecretSettings.mask(line, with: "##") == line)
    }
}
