import Testing
@testable import RecallCore

/// How a draft's question is worded (`QuestionPhrasing`), on drafts built here, so the wording is
/// tested apart from which drafts the rules find.
@Suite struct QuestionPhrasingTests {
    func question(_ prompt: String, context: [String] = [], answer: [String] = ["한 줄 설명이다."],
                  rule: ExtractedCard.Rule = .definition, kind: ExtractedCard.Kind = .basic) -> String? {
        QuestionPhrasing.question(for: ExtractedCard(kind: kind, rule: rule, context: context, prompt: prompt, answer: answer,
                                                     file: "note.md", line: 1))
    }

    @Test func aTermWithADefinitionAsksWhatItIs() {
        #expect(question("Network ACL", context: ["VPC"]) == "[VPC] Network ACL이란?")
        #expect(question("S3", rule: .koreanDefinition) == "S3란?")
        #expect(question("보안 그룹", context: ["VPC", "트래픽 제어"]) == "[VPC › 트래픽 제어] 보안 그룹이란?")
        #expect(question("서브넷", context: ["VPC"], rule: .inlineCard, kind: .reversible) == "[VPC] 서브넷이란?")
        #expect(question("가용 영역", context: ["AWS Global Infra"], answer: ["데이터 센터의 묶음"], rule: .outline)
            == "[AWS Global Infra] 가용 영역이란?")
    }

    @Test func aGenericLeadTakesItsSubjectFromTheHeadingAbove() {
        let list = ["서버리스 운영", "빠른 응답 속도"]
        #expect(question("장점", context: ["DynamoDB 장단점"], answer: list, rule: .outline) == "DynamoDB의 장점은?")
        #expect(question("단점", context: ["AWS 정리", "DynamoDB 장단점"], answer: list, rule: .outline)
            == "[AWS 정리] DynamoDB의 단점은?")
        #expect(question("사용 사례", context: ["Aurora의 특징 및 용도"], answer: list, rule: .outline) == "Aurora의 사용 사례는?")
    }

    @Test func aLeadWithAListAsksForItsFeaturesOrWhatItsHeadingNames() {
        let list = ["서브넷 단위 방화벽이다.", "비상태 저장이다."]
        #expect(question("Network ACL", context: ["VPC"], answer: list, rule: .outline) == "[VPC] Network ACL의 특징은?")
        #expect(question("EBS 볼륨 종류", context: ["스토리지"], answer: list, rule: .outline) == "[스토리지] EBS 볼륨 종류는?")
        #expect(question("Materialized view 단점", context: ["관측성"], answer: list, rule: .outline)
            == "[관측성] Materialized view의 단점은?")
        #expect(question("장애가 났을 때", context: ["알림 서비스"], answer: list, rule: .outline) == "[알림 서비스] 장애가 났을 때는?")
        #expect(question("S3에서 뷰 구현하기", answer: list, rule: .outline) == "S3에서 뷰 구현하기: 어떻게 하나?")
        #expect(question("DynamoDB의 역할 및 사용 사례", answer: list, rule: .outline) == "DynamoDB의 역할 및 사용 사례는?")
        #expect(question("SSM을 사용하는 이유", context: ["Parameter Store 활용"], answer: list, rule: .outline)
            == "[Parameter Store 활용] SSM을 사용하는 이유는?")
        #expect(question("저장소마다 접근 방법이 다름", context: ["개요"], answer: list, rule: .outline)
            == "[개요] 저장소마다 접근 방법이 다름: 어떤 내용인가?")
    }

    @Test func tableCellsAndComparisons() {
        #expect(question("S3의 용도", context: ["스토리지 비교"], rule: .table) == "[스토리지 비교] S3의 용도는?")
        #expect(question("JDBC Source Connector의 단점", rule: .table) == "JDBC Source Connector의 단점은?")
        #expect(question("보안 그룹 vs NACL", answer: ["상태 저장", "비상태 저장"], rule: .outline) == "보안 그룹과 NACL의 차이는?")
        #expect(question("SNS와 SQS 비교", context: ["서버리스"], answer: ["푸시", "풀"], rule: .outline)
            == "[서버리스] SNS와 SQS의 차이는?")
    }

    @Test func aHeadingThatIsAlreadyAQuestionStays() {
        #expect(question("IAM 역할은 누가 수임할 수 있나요?", context: ["IAM"], rule: .multilineCard)
            == "IAM 역할은 누가 수임할 수 있나요?")
        #expect(question("AWS 인프라는 어떻게 이루어져 있나", answer: ["리전", "가용 영역"], rule: .outline)
            == "AWS 인프라는 어떻게 이루어져 있나?")
        #expect(question("모던 데이터 아키텍처란", answer: ["데이터 레이크 중심"], rule: .outline) == "모던 데이터 아키텍처란?")
    }

    @Test func contextTheQuestionAlreadyNamesIsLeftOut() {
        #expect(question("AWS Backup", context: ["재해 복구", "AWS Backup (Backup & Restore)"])
            == "[재해 복구] AWS Backup이란?")
        #expect(question("VPC 엔드포인트", context: ["VPC"]) == "VPC 엔드포인트란?")
        #expect(question("Local Zone", context: ["Local Zone & 엣지 로케이션"]) == "[Local Zone & 엣지 로케이션] Local Zone이란?")
    }

    @Test func englishDraftsGetEnglishQuestions() {
        #expect(question("Subnet", context: ["Networking"], answer: ["A range of IP addresses in a VPC"])
            == "[Networking] What is Subnet?")
        #expect(question("Pros", context: ["DynamoDB"], answer: ["Serverless", "Fast"], rule: .outline)
            == "What are the pros of DynamoDB?")
        #expect(question("Transit Gateway", answer: ["Hub for VPCs", "Regional"], rule: .outline)
            == "What are the features of Transit Gateway?")
        #expect(question("SQS vs SNS", answer: ["Pull", "Push"], rule: .outline) == "What is the difference between SQS and SNS?")
        #expect(question("S3의 Use", answer: ["Objects"], rule: .table) == "What is the use of S3?")
    }

    @Test func aClozeKeepsItsContextAsItsHeading() {
        #expect(question("NAT 게이트웨이는 {{c1::퍼블릭 서브넷}}에 둔다.", context: ["VPC"], answer: [],
                         rule: .highlightCloze, kind: .cloze) == nil)
    }
}
