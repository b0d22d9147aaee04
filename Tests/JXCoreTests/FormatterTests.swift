import Testing
@testable import JXCore
