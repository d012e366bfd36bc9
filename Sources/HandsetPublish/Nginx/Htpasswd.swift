import CSystemShims
import Crypto

/// htpasswd lines nginx's `auth_basic_user_file` accepts through the system's crypt: SHA-512 crypt (`$6$`).
/// Never apr1, plain SHA or plain text.
///
/// The salt is derived from the tenant and user name, not from the password: a salt computed from the password
/// with a fast hash would let an attacker skip the slow crypt. Unchanged input thus gives an unchanged file.
public enum Htpasswd {
    /// 1,000 rounds, the least SHA-512 crypt takes: nginx runs crypt on every request, and on a 10k-device fleet
    /// the default 5,000 rounds held nginx to 900 requests/s on two cores, 1,000 rounds to 4,100 (plain nginx
    /// serving the same files: 48,800); see `bench/serve/run.sh`. Provisioning passwords should be long random
    /// strings (`derived` gives 20 base32 characters), which is what protects them; the htpasswd files are never
    /// served.
    static let rounds = 1000

    public enum Failure: Error { case unsupported }

    /// One `user:hash` line for `user` and `password`.
    public static func line(tenant: String, user: String, password: String) throws(Failure) -> String {
        user + ":" + (try hash(password, salt: salt(tenant: tenant, user: user))) + "\n"
    }

    static func salt(tenant: String, user: String) -> String {
        let digest = SHA256.hash(data: Array("handset-htpasswd/v1\0\(tenant)\0\(user)".utf8))
        // crypt's own alphabet ([./0-9A-Za-z]), 16 characters: the longest salt $6$ uses.
        let alphabet = Array("./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        return String(digest.prefix(16).map { alphabet[Int($0) % 64] })
    }

    static func hash(_ password: String, salt: String) throws(Failure) -> String {
        var out = [CChar](repeating: 0, count: 512)
        let status = handset_crypt(password, "$6$rounds=\(rounds)$\(salt)", &out, out.count)
        guard status == 0 else { throw .unsupported }
        return String(decoding: out.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
