import Foundation
import HandsetCore

extension FleetEmitter {
    /// The tenants to emit, a few at a time: each `next()` emits the following tenants (in fleet order, in
    /// parallel) until they hold `devicesPerBatch` devices, so a build holds one batch's files in memory, not the
    /// fleet's (a million phones' files are several GB). A tenant is never split: its files make one tree.
    public struct Batches {
        private let fleet: Fleet
        private let secrets: [TenantSecrets]
        private let devicesByTenant: [[ResolvedDevice]]
        /// Indices into `fleet.tenants` of the tenants to emit, in order.
        private let chosen: [Int]
        private let devicesPerBatch: Int
        private var position = 0

        /// Tenants and devices to emit in all (for progress lines).
        public let tenantCount: Int
        public let deviceCount: Int

        /// 4,096 devices: at a few kB per phone, some tens of MB of files per batch, and enough tenants per batch
        /// to keep every core busy.
        public static let defaultDevicesPerBatch = 4096

        public init(_ checked: Pipeline.Checked, secrets: [TenantSecrets], skipping: Set<String> = [],
                    devicesPerBatch: Int = defaultDevicesPerBatch) {
            fleet = checked.fleet
            self.secrets = secrets
            let tenants = checked.fleet.tenants
            let chosen = tenants.indices.filter { !skipping.contains(tenants[$0].id.value) }
            // Only the chosen tenants' devices are gathered: a plan or build that changes one tenant of 10,000
            // copies that tenant's devices, not the fleet's.
            var grouped = Array(repeating: [ResolvedDevice](), count: fleet.tenants.count)
            if !chosen.isEmpty {
                var wanted = Array(repeating: false, count: tenants.count)
                for index in chosen { wanted[index] = true }
                for device in checked.devices where wanted[device.tenantIndex] { grouped[device.tenantIndex].append(device) }
            }
            devicesByTenant = grouped
            self.chosen = chosen
            self.devicesPerBatch = max(1, devicesPerBatch)
            tenantCount = chosen.count
            deviceCount = chosen.reduce(0) { $0 + grouped[$1].count }
        }

        /// The next tenants' files, in fleet order; nil when every tenant has been emitted.
        public mutating func next() -> [TenantOutput]? {
            guard position < chosen.count else { return nil }
            var end = position, devices = 0
            while end < chosen.count, end == position || devices < devicesPerBatch {
                devices += devicesByTenant[chosen[end]].count
                end += 1
            }
            let batch = Array(chosen[position..<end])
            position = end
            let fleet = fleet, secrets = secrets, grouped = devicesByTenant
            let slots = ResultSlots<TenantOutput>(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { slot in
                let index = batch[slot]
                let context = TenantContext(fleet: fleet, tenant: fleet.tenants[index], secrets: secrets[index])
                slots[slot] = emit(grouped[index], in: context)
            }
            return slots.values
        }
    }
}
