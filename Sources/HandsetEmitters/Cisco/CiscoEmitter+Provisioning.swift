import HandsetCore

/// The profile rules, the resync timers, firmware and the web passwords (fact sheet §3.1, §3.5, §3.6). All of it is
/// in the per-MAC file: the profile rule carries the tenant's credentials.
extension CiscoEmitter {
    static func writeProvisioning(_ phone: CiscoPhone, into w: inout CiscoProfileWriter) {
        let tenant = phone.tenant
        w.comment("Provisioning, firmware and passwords")
        w.set("Provision_Enable", yes: true)
        w.set("Resync_On_Reset", yes: true)
        // Seconds (Wazo writes 3600 for an hour); 0 re-checks only at boot, which is what `check_interval: 0` asks.
        w.set("Resync_Periodic", tenant.checkInterval * 60)
        // A `check-sync` NOTIFY makes the phone resync (fact sheet §3.6, Wazo's `standard_sip_synchronize`).
        w.set("Resync_From_SIP", yes: true)
        // A missing file counts as a failed resync, so the phone retries rather than keeping a half-read state.
        w.set("Resync_Fails_On_FNF", yes: true)
        w.set("Profile_Rule", profileRule(tenant))
        // Emptied, so a phone that followed another server's chain (Wazo's cp-phone.xml and $MA.xml) asks for one
        // file only.
        for rule in ["Profile_Rule_B", "Profile_Rule_C", "Profile_Rule_D"] { w.set(rule, "") }
        // `Upgrade_Rule` takes the firmware file's URL (Wazo: `<base>/sip88xx.12-0-7MPP0201-66.loads`); without one
        // the rule is emptied and upgrades are off, so an old rule stops pulling firmware.
        let firmware = phone.firmwareURL
        w.set("Upgrade_Enable", yes: firmware != nil)
        w.set("Upgrade_Rule", firmware ?? "")
        // Never the vendor default; the tenant's own passwords. No user password is written when the tenant has
        // none, rather than Wazo's empty one, which would open the user's web pages without a password.
        w.set("Admin_Password", tenant.adminPassword)
        if !tenant.webUserPassword.isEmpty {
            w.set("User_Password", tenant.webUserPassword)
        }
    }

    /// `[--uid <user> --pwd <password>]<tenant URL>$MA.xml` (FusionPBX `cisco/8851/{$mac}.xml` puts the credentials
    /// in front of the URL in the same brackets); `$MA` is expanded by the phone to its own lowercase MAC.
    static func profileRule(_ tenant: TenantContext) -> String {
        "[--uid \(tenant.provisioningUsername) --pwd \(tenant.provisioningPassword)]\(tenant.provisioningURL)$MA.xml"
    }
}
