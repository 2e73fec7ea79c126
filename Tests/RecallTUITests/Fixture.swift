import Foundation
import RecallCore
@testable import RecallTUI

/// A small Korean deck with every card type, and study data around it at a fixed time in
/// Seoul, so that screens render the same on every machine.
enum Fixture {
    static let deckText = """
    ---
    deck: AWS::VPC
    tags: [networking]
    ---
    # VPC

    ## NAT 게이트웨이는 어느 서브넷에 두나요?
    <!-- id: nat -->
    **퍼블릭 서브넷**에 두고, 프라이빗 서브넷의 라우팅 테이블이 `0.0.0.0/0`을 NAT 게이트웨이로 보냅니다.
    - 인터넷 게이트웨이가 있는 서브넷이어야 합니다.
    - 가용 영역마다 하나씩 두면 영역 장애에 견딥니다.
    explanation:: NAT 게이트웨이 자체가 인터넷에 나가려면 인터넷 게이트웨이로 가는 경로가 필요합니다.
    source:: vpc.txt:12

    ## 보안 그룹 (Security Group)
    <!-- id: sg -->
    type:: reversible
    인스턴스(ENI) 단위의 **stateful** 가상 방화벽

    ## VPC의 {{c1::CIDR::주소 범위}} 블록은 /16에서 {{c2::/28}} 사이입니다.
    <!-- id: cidr -->

    ## 다음 중 프라이빗 서브넷의 인스턴스가 인터넷에 나갈 때 쓰는 것은?
    <!-- id: egress -->
    - [ ] 인터넷 게이트웨이에 직접 연결
    - [x] NAT 게이트웨이
    - [ ] VPC 피어링
    - [ ] 가상 프라이빗 게이트웨이
    explanation:: 프라이빗 서브넷은 NAT 게이트웨이를 거쳐 아웃바운드 연결만 합니다.

    ## 상태 저장(stateful) 방식으로 동작하는 것을 모두 고르세요.
    <!-- id: stateful -->
    - [x] 보안 그룹
    - [ ] 네트워크 ACL
    - [x] NAT 게이트웨이의 연결 추적

    ## VPC와 온프레미스를 전용선으로 잇는 서비스는?
    <!-- id: dx -->
    answer:: AWS Direct Connect
    accept:: Direct Connect | DX
    전용 네트워크 연결로 일관된 대역폭을 얻습니다.

    ## 긴 카드: 라우팅 테이블 예시
    <!-- id: long -->
    ```
    Destination   Target
    10.0.0.0/16   local
    0.0.0.0/0     nat-0abc1234
    ```
    \((1...14).map { "- \($0)번째 줄: 라우팅 테이블은 서브넷마다 하나씩 연결되고, 가장 구체적인 경로가 먼저 선택됩니다." }.joined(separator: "\n"))
    """

    static let timeZone = TimeZone(secondsFromGMT: 9 * 3_600)!
    /// 2026-11-21 09:00 in Seoul.
    static let now = Instant(iso8601: "2026-11-21T09:00:00+09:00")!

    static var library: DeckLibrary {
        let result = DeckParser.parse(text: deckText, file: "Decks/vpc.md", defaultDeckName: "vpc")
        return DeckLibrary(decks: [result.deck!], diagnostics: result.diagnostics)
    }

    static func data(progress: ProgressState = ProgressState(), studiedDays: Set<Int64> = [], language: Language = .en) -> StudyData {
        var data = StudyData(library: library, progress: progress, config: StudyConfig(), schedulers: .defaults,
                             timeZone: timeZone, studiedDays: studiedDays)
        data.language = language
        return data
    }

    static func card(_ id: String) -> Card {
        library.cards.first { $0.id == id }!
    }

    /// A review screen showing `id` first (a session over just that card's note).
    static func review(_ id: String, data: StudyData = Fixture.data()) -> ReviewScreen {
        var screen = ReviewScreen(scope: .all, data: data, now: now)
        screen.show(card(id), data: data, now: now)
        return screen
    }
}
