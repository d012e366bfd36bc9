import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// GETs files from the provisioning server as a phone does: its User-Agent, HTTP basic auth, no cache, no cookies.
/// One shared URLSession, so connections are reused; at most `concurrency` of them to the server.
public final class HTTPFetcher: Sendable {
    /// An answer, or why none came.
    public enum Outcome: Sendable, Equatable {
        case response(status: Int, body: [UInt8])
        /// A timeout, a refused connection, a TLS failure: the reason as the system gives it.
        case failed(String)
    }

    private let session: URLSession
    private let challenges = Challenges()
    private let base: String
    /// Waits before each retry of a 429 (the generated nginx limit answers a burst beyond it with 429).
    private let backoff: [Double]

    /// `base` is the server's URL above the tenants' folders (`https://prov.example.net`).
    public init(base: String, concurrency: Int, timeout: Double, backoff: [Double] = [0.5, 1, 2, 4, 8]) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 2
        configuration.httpMaximumConnectionsPerHost = concurrency
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        session = URLSession(configuration: configuration, delegate: challenges, delegateQueue: nil)
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        self.base = base
        self.backoff = backoff
    }

    /// The URL of a tenant's file.
    public func url(tenant: String, path: String) -> String { "\(base)/\(tenant)/\(path)" }

    /// One GET; a 429 is retried after the next backoff step, and returned when they are used up.
    public func get(tenant: String, path: String, userAgent: String, user: String?, password: String?) async -> Outcome {
        guard let url = URL(string: url(tenant: tenant, path: path)) else { return .failed("not a valid URL") }
        var request = URLRequest(url: url)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        if let user, let password {
            request.setValue("Basic " + Data("\(user):\(password)".utf8).base64EncodedString(), forHTTPHeaderField: "Authorization")
        }
        var attempt = 0
        while true {
            let outcome = await once(request)
            guard case .response(429, _) = outcome, attempt < backoff.count else { return outcome }
            try? await Task.sleep(for: .milliseconds(Int(backoff[attempt] * 1000)))
            attempt += 1
        }
    }

    /// One request through the completion-handler API, so the task's identifier is known: on Linux a 401 reaches
    /// the session delegate as a challenge, and answering it any other way than cancelling leaves the task hanging
    /// (seen with swift-corelibs-foundation of Swift 6.3); the cancelled task is then reported as the 401 it was.
    private func once(_ request: URLRequest) async -> Outcome {
        await withCheckedContinuation { continuation in
            let challenges = self.challenges
            let id = IdentifierBox()
            let task = session.dataTask(with: request) { data, response, error in
                if let status = challenges.take(id.value) {
                    continuation.resume(returning: .response(status: status, body: []))
                } else if let error = error as? URLError, error.code == .timedOut {
                    continuation.resume(returning: .failed("timed out"))
                } else if let error {
                    continuation.resume(returning: .failed(error.localizedDescription))
                } else {
                    continuation.resume(returning: .response(status: (response as? HTTPURLResponse)?.statusCode ?? 0,
                                                             body: Array(data ?? Data())))
                }
            }
            id.value = task.taskIdentifier
            task.resume()
        }
    }
}

/// The session delegate: records which tasks were answered with an authentication challenge, and cancels them.
final class Challenges: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var statuses: [Int: Int] = [:]

    func urlSession(_ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping @Sendable (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        lock.lock()
        statuses[task.taskIdentifier] = (challenge.failureResponse as? HTTPURLResponse)?.statusCode ?? 401
        lock.unlock()
        completionHandler(.cancelAuthenticationChallenge, nil)
    }

    /// The status of a challenged task, once.
    func take(_ id: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        return statuses.removeValue(forKey: id)
    }
}

/// A task's identifier, set before the task starts and read by its completion handler.
private final class IdentifierBox: @unchecked Sendable {
    var value = -1
}
