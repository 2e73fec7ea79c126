import Testing
@testable import RecallCore

/// The screens' messages word for word in Korean, where the order or the particle depends on
/// the value, and in English as the screens have always said them.
@Suite struct ScreenMessagesTests {
    @Test func particlesFollowTheValue() {
        #expect(SessionMessage.suspended(card: "vpc-nat").text(.ko) == "보류했습니다. 'recall unsuspend vpc-nat'으로 되돌릴 수 있습니다.")
        #expect(SessionMessage.suspended(card: "s3/c2").text(.ko) == "보류했습니다. 'recall unsuspend s3/c2'로 되돌릴 수 있습니다.")
        #expect(SessionMessage.editorNotFound(editor: "vim").text(.ko)
                == "편집기 'vim'을 찾을 수 없습니다. $VISUAL이나 $EDITOR에 설치된 편집기를 지정하세요.")
        #expect(SessionMessage.editorFailed(editor: "nano", status: 3).text(.ko) == "편집기 'nano'가 상태 3으로 끝났습니다. 덱을 다시 읽었습니다.")
        #expect(ReviewMessage.pickFirst(options: 4).text(.ko) == "먼저 1-4로 보기를 고르세요.")
        #expect(ReviewMessage.pickFirst(options: 3).text(.ko) == "먼저 1-3으로 보기를 고르세요.")
        #expect(SessionMessage.restStillDueReview.text(.ko) == "아직 남은 카드가 있습니다. 이어서 학습하려면 'recall review'를 다시 실행하세요.")
        #expect(TerminalMessage.needsTerminal(command: "recall").text(.ko).hasPrefix("recall: 'recall'이 실행되려면 터미널이 필요합니다"))
    }

    @Test func valuesArePlacedInKoreanOrder() {
        #expect(SessionMessage.againOf(again: 1, answered: 5).text(.ko) == "(5개 중 1개)")
        #expect(SessionMessage.againOf(again: 1, answered: 5).text(.en) == "(1 of 5)")
        #expect(QuizResultMessage.correctOf(correct: 46, total: 65).text(.ko) == "(65문제 중 46개)")
        #expect(ScreenMessage.linesShown(first: 4, last: 10, of: 20).text(.ko) == "20줄 중 4-10줄, j/k 스크롤")
        #expect(SessionMessage.nothingToStudy(scope: "AWS::VPC").text(.ko) == "오늘 AWS::VPC에서 학습할 카드가 없습니다.")
        #expect(SessionMessage.nothingToStudy(scope: nil).text(.en) == "Nothing to study in any deck today.")
        #expect(HomeMessage.deckProblems(errors: 4, files: 2).text(.ko) == "오류 4개(파일 2개), 확인: recall check. 그 카드는 빠졌습니다.")
        #expect(HomeMessage.deckProblems(errors: 1, files: 1).text(.en) == "1 error in 1 file: run 'recall check'; those cards are left out.")
    }

    @Test func timeIsSaidInTheLanguage() {
        #expect(ReviewMessage.learningWait(.minutes(25)).text(.ko) == "학습 중인 카드가 25분 뒤에 다시 나옵니다. 여기서 기다리거나 q를 누르세요.")
        #expect(ReviewMessage.learningWait(.minutes(25)).text(.en) == "Learning cards come back in 25m. Wait here, or press q.")
        #expect(SessionMessage.learningComesBack(.hours(2)).text(.ko) == "학습 중인 카드가 2시간 뒤에 다시 나옵니다. 그때 다시 학습하세요.")
        #expect(HomeMessage.today(answered: 1, streakDays: 1).text(.en) == "today 1 answered | streak 1 day")
        #expect(HomeMessage.today(answered: 12, streakDays: 3).text(.ko) == "오늘 학습 12개 | 연속 3일")
    }

    @Test func gradesAndDomainsHaveTheirKoreanNames() {
        #expect(Rating.allCases.map { ReviewMessage.grade($0).text(.ko) } == ["다시", "어려움", "좋음", "쉬움"])
        #expect(Rating.allCases.map { ReviewMessage.grade($0).text(.en) } == ["Again", "Hard", "Good", "Easy"])
        #expect(QuizDomains.known.map { DomainName.domain($0).text(.ko) }
                == ["보안", "네트워킹", "컴퓨팅", "스토리지", "데이터베이스", "복원력", "비용", "운영", "통합", "컨테이너", "배포", "데이터", "아키텍처"])
        #expect(QuizDomains.known.map { DomainName.domain($0).text(.en) } == QuizDomains.known)
        #expect(DomainName.domain("Security").text(.ko) == "보안")  // tags match without case, as QuizDomains does
        #expect(DomainName.domain("kms").text(.ko) == "kms")
        #expect(NoteKind.allCases.map { ScreenMessage.cardKind($0).text(.ko) } == ["기본", "뒤집기", "빈칸", "객관식", "입력형"])
    }
}
