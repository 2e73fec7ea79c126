/// Terms that name an AWS service or a study topic, with the topic tag and the domains
/// (`QuizDomains.known`) a card that uses them gets (`recall extract`'s tags).
///
/// Why one table: the topic tag, the domain and every spelling of a term (English, Korean, an
/// abbreviation) are one fact, read by the tagging step alone. Domains follow AWS's own product
/// categories (aws.amazon.com/products: "Networking & Content Delivery" → networking, "Security,
/// Identity & Compliance" → security, "Storage", "Databases", "Compute", "Containers",
/// "Application Integration" → integration, "Management & Governance" → operations, "Analytics"
/// → data, "Developer Tools" → delivery, "Cloud Financial Management" → cost), except where the
/// bundled decks file a topic by what it is studied for: infrastructure as code (CloudFormation,
/// CDK, Terraform) under delivery, disaster recovery, backup and Multi-AZ under resilience, the
/// global infrastructure (regions, Availability Zones) and Well-Architected under architecture,
/// DMS (AWS's "Migration & Transfer") under database. Migration and serverless are topics that
/// cross domains and give none.
/// Topic tags are spelled as the bundled decks spell them (`route53`, `nacl`, `security-group`).
/// Terms with no domain (machine-learning services) still give a topic.
enum TopicVocabulary {
    struct Entry: Sendable {
        /// The tag, or nil for a term that only gives a domain (`비용`, `암호화` → a domain).
        var topic: String?
        var domains: [String]
        /// The spellings, matched whole (`TermMatch`), longest first across the table.
        var terms: [String]
    }

    static let entries: [Entry] = [
        // Networking & Content Delivery
        Entry(topic: "vpc", domains: ["networking"], terms: ["VPC", "Virtual Private Cloud", "가상 사설 클라우드"]),
        Entry(topic: "subnet", domains: ["networking"], terms: ["서브넷", "subnet", "퍼블릭 서브넷", "프라이빗 서브넷"]),
        Entry(topic: "nacl", domains: ["networking"], terms: ["NACL", "Network ACL", "네트워크 ACL"]),
        Entry(topic: "security-group", domains: ["networking"], terms: ["보안 그룹", "보안그룹", "Security Group"]),
        Entry(topic: "route-table", domains: ["networking"], terms: ["라우팅 테이블", "Routing Table", "Route Table"]),
        Entry(topic: "nat", domains: ["networking"], terms: ["NAT", "NAT Gateway", "NAT 게이트웨이", "NAT 인스턴스"]),
        Entry(topic: "igw", domains: ["networking"], terms: ["인터넷 게이트웨이", "Internet Gateway", "IGW"]),
        Entry(topic: "eni", domains: ["networking"], terms: ["ENI", "Elastic Network Interface", "탄력적 네트워크 인터페이스"]),
        Entry(topic: "eip", domains: ["networking"], terms: ["EIP", "Elastic IP", "탄력적 IP"]),
        Entry(topic: "endpoint", domains: ["networking"], terms: ["VPC Endpoint", "VPC 엔드포인트", "Gateway Endpoint", "Interface Endpoint", "엔드포인트", "Endpoint"]),
        Entry(topic: "privatelink", domains: ["networking"], terms: ["PrivateLink"]),
        Entry(topic: "peering", domains: ["networking"], terms: ["VPC Peering", "VPC 피어링", "피어링"]),
        Entry(topic: "transit-gateway", domains: ["networking"], terms: ["Transit Gateway", "TGW", "전송 게이트웨이"]),
        Entry(topic: "direct-connect", domains: ["networking"], terms: ["Direct Connect", "다이렉트 커넥트"]),
        Entry(topic: "vpn", domains: ["networking"], terms: ["VPN", "Site-to-Site VPN", "Client VPN"]),
        Entry(topic: "route53", domains: ["networking"], terms: ["Route 53", "Route53"]),
        Entry(topic: "cloudfront", domains: ["networking"], terms: ["CloudFront", "CDN"]),
        Entry(topic: "edge-location", domains: ["networking"], terms: ["엣지 로케이션", "Edge Location"]),
        Entry(topic: "global-accelerator", domains: ["networking"], terms: ["Global Accelerator"]),
        Entry(topic: "elb", domains: ["networking"], terms: ["ELB", "Elastic Load Balancing", "로드 밸런서", "로드밸런서", "Load Balancer", "로드 밸런싱", "로드밸런싱", "Load Balancing"]),
        Entry(topic: "alb", domains: ["networking"], terms: ["ALB", "Application Load Balancer"]),
        Entry(topic: "nlb", domains: ["networking"], terms: ["NLB", "Network Load Balancer"]),
        Entry(topic: "api-gateway", domains: ["networking"], terms: ["API Gateway", "API 게이트웨이"]),
        Entry(topic: "cidr", domains: ["networking"], terms: ["CIDR"]),
        Entry(topic: nil, domains: ["networking"], terms: ["네트워크", "네트워킹", "Network", "Networking", "트래픽", "방화벽", "Firewall", "DNS"]),
        // Security, Identity & Compliance (Organizations is filed by its SCPs, as the IAM deck does)
        Entry(topic: "iam", domains: ["security"], terms: ["IAM", "Identity and Access Management"]),
        Entry(topic: "role", domains: ["security"], terms: ["IAM Role", "IAM 역할", "역할(Role)"]),
        Entry(topic: "policy", domains: ["security"], terms: ["IAM Policy", "IAM 정책", "정책", "Policy"]),
        Entry(topic: "root-user", domains: ["security"], terms: ["루트 계정", "root 계정", "루트 사용자", "Root User"]),
        Entry(topic: "mfa", domains: ["security"], terms: ["MFA", "멀티 팩터 인증"]),
        Entry(topic: "scp", domains: ["security"], terms: ["SCP", "Service Control Policy", "서비스 제어 정책"]),
        Entry(topic: "organizations", domains: ["security"], terms: ["AWS Organizations", "Organizations"]),
        Entry(topic: "sts", domains: ["security"], terms: ["STS", "Security Token Service", "AssumeRole"]),
        Entry(topic: "kms", domains: ["security"], terms: ["KMS", "Key Management Service"]),
        Entry(topic: "secrets-manager", domains: ["security"], terms: ["Secrets Manager"]),
        Entry(topic: "cognito", domains: ["security"], terms: ["Cognito"]),
        Entry(topic: "waf", domains: ["security"], terms: ["WAF", "Web Application Firewall"]),
        Entry(topic: "shield", domains: ["security"], terms: ["Shield", "AWS Shield"]),
        Entry(topic: "ddos", domains: ["security"], terms: ["DDoS", "디도스"]),
        Entry(topic: "guardduty", domains: ["security"], terms: ["GuardDuty"]),
        Entry(topic: "macie", domains: ["security"], terms: ["Macie"]),
        Entry(topic: "inspector", domains: ["security"], terms: ["Amazon Inspector"]),
        Entry(topic: "security-hub", domains: ["security"], terms: ["Security Hub"]),
        Entry(topic: "acm", domains: ["security"], terms: ["ACM", "Certificate Manager"]),
        Entry(topic: "encryption", domains: ["security"], terms: ["암호화", "Encryption", "복호화"]),
        Entry(topic: "shared-responsibility", domains: ["security"], terms: ["공동 책임 모델", "Shared Responsibility Model"]),
        Entry(topic: nil, domains: ["security"], terms: ["보안", "Security", "인증", "인가", "권한", "Authentication", "Authorization",
                                                       "Permission", "자격 증명", "Credential", "액세스 키", "Access Key"]),
        // Compute
        Entry(topic: "ec2", domains: ["compute"], terms: ["EC2", "Elastic Compute Cloud"]),
        Entry(topic: "lambda", domains: ["compute"], terms: ["Lambda", "람다"]),
        Entry(topic: "autoscaling", domains: ["compute"], terms: ["Auto Scaling", "AutoScaling", "오토 스케일링", "오토스케일링", "ASG"]),
        Entry(topic: "ami", domains: ["compute"], terms: ["AMI"]),
        Entry(topic: "instance-type", domains: ["compute"], terms: ["인스턴스 유형", "인스턴스 타입", "Instance Type"]),
        Entry(topic: "graviton", domains: ["compute"], terms: ["Graviton"]),
        Entry(topic: "beanstalk", domains: ["compute"], terms: ["Elastic Beanstalk", "Beanstalk"]),
        Entry(topic: "batch", domains: ["compute"], terms: ["AWS Batch"]),
        Entry(topic: "lightsail", domains: ["compute"], terms: ["Lightsail"]),
        Entry(topic: "outposts", domains: ["compute"], terms: ["Outposts"]),
        Entry(topic: "placement-group", domains: ["compute"], terms: ["배치 그룹", "Placement Group"]),
        Entry(topic: "serverless", domains: [], terms: ["서버리스", "Serverless"]),
        Entry(topic: nil, domains: ["compute"], terms: ["인스턴스", "Instance", "컴퓨팅", "Compute", "vCPU"]),
        // Containers
        Entry(topic: "ecs", domains: ["containers"], terms: ["ECS", "Elastic Container Service"]),
        Entry(topic: "eks", domains: ["containers"], terms: ["EKS", "Elastic Kubernetes Service"]),
        Entry(topic: "fargate", domains: ["containers"], terms: ["Fargate"]),
        Entry(topic: "ecr", domains: ["containers"], terms: ["ECR", "Elastic Container Registry"]),
        Entry(topic: "kubernetes", domains: ["containers"], terms: ["Kubernetes", "쿠버네티스", "k8s"]),
        Entry(topic: "docker", domains: ["containers"], terms: ["Docker", "도커"]),
        Entry(topic: nil, domains: ["containers"], terms: ["컨테이너", "Container", "Containers"]),
        // Storage
        Entry(topic: "s3", domains: ["storage"], terms: ["S3", "Simple Storage Service"]),
        Entry(topic: "glacier", domains: ["storage"], terms: ["Glacier", "글래시어"]),
        Entry(topic: "storage-class", domains: ["storage"], terms: ["스토리지 클래스", "Storage Class", "Intelligent-Tiering"]),
        Entry(topic: "ebs", domains: ["storage"], terms: ["EBS", "Elastic Block Store"]),
        Entry(topic: "efs", domains: ["storage"], terms: ["EFS", "Elastic File System"]),
        Entry(topic: "fsx", domains: ["storage"], terms: ["FSx"]),
        Entry(topic: "storage-gateway", domains: ["storage"], terms: ["Storage Gateway", "스토리지 게이트웨이"]),
        Entry(topic: "instance-store", domains: ["storage"], terms: ["인스턴스 스토어", "Instance Store"]),
        Entry(topic: "snapshot", domains: ["storage"], terms: ["스냅샷", "Snapshot"]),
        Entry(topic: "versioning", domains: ["storage"], terms: ["버전 관리", "Versioning"]),
        Entry(topic: nil, domains: ["storage"], terms: ["스토리지", "Storage", "버킷", "Bucket", "객체 스토리지", "블록 스토리지", "파일 스토리지"]),
        // Databases
        Entry(topic: "rds", domains: ["database"], terms: ["RDS", "Relational Database Service"]),
        Entry(topic: "aurora", domains: ["database"], terms: ["Aurora", "오로라"]),
        Entry(topic: "dynamodb", domains: ["database"], terms: ["DynamoDB", "Dynamo DB", "다이나모DB"]),
        Entry(topic: "elasticache", domains: ["database"], terms: ["ElastiCache", "Redis", "Memcached"]),
        Entry(topic: "read-replica", domains: ["database"], terms: ["읽기 전용 복제본", "Read Replica", "리드 레플리카"]),
        Entry(topic: "dms", domains: ["database"], terms: ["DMS", "Database Migration Service"]),
        Entry(topic: "nosql", domains: ["database"], terms: ["NoSQL"]),
        Entry(topic: nil, domains: ["database"], terms: ["데이터베이스", "Database", "DB", "DBMS", "RDBMS", "MySQL", "PostgreSQL", "Oracle", "SQL"]),
        // Resilience
        Entry(topic: "multi-az", domains: ["resilience"], terms: ["Multi-AZ", "다중 AZ", "멀티 AZ"]),
        Entry(topic: "backup", domains: ["resilience"], terms: ["백업", "Backup", "AWS Backup"]),
        Entry(topic: "dr", domains: ["resilience"], terms: ["DR", "재해 복구", "Disaster Recovery"]),
        Entry(topic: "failover", domains: ["resilience"], terms: ["장애 조치", "Failover", "페일오버"]),
        Entry(topic: "ha", domains: ["resilience"], terms: ["고가용성", "High Availability", "가용성"]),
        Entry(topic: "rto", domains: ["resilience"], terms: ["RTO"]),
        Entry(topic: "rpo", domains: ["resilience"], terms: ["RPO"]),
        Entry(topic: nil, domains: ["resilience"], terms: ["복구", "Recovery", "이중화", "내결함성", "Fault Tolerance", "장애", "복원", "Restore"]),
        // Cost
        Entry(topic: "pricing", domains: ["cost"], terms: ["요금", "Pricing", "과금", "가격", "요금제"]),
        Entry(topic: "savings-plans", domains: ["cost"], terms: ["Savings Plans", "Savings Plan", "절감형 플랜"]),
        Entry(topic: "reserved-instance", domains: ["cost"], terms: ["예약 인스턴스", "Reserved Instance", "RI"]),
        Entry(topic: "spot", domains: ["cost"], terms: ["스팟 인스턴스", "Spot Instance", "Spot"]),
        Entry(topic: "on-demand", domains: ["cost"], terms: ["온디맨드", "On-Demand"]),
        Entry(topic: "billing", domains: ["cost"], terms: ["Billing", "청구", "Cost Explorer", "AWS Budgets"]),
        Entry(topic: nil, domains: ["cost"], terms: ["비용", "Cost", "절감", "무료", "Free Tier", "프리 티어"]),
        // Management & Governance
        Entry(topic: "cloudwatch", domains: ["operations"], terms: ["CloudWatch", "클라우드워치"]),
        Entry(topic: "cloudtrail", domains: ["operations"], terms: ["CloudTrail", "클라우드트레일"]),
        Entry(topic: "systems-manager", domains: ["operations"], terms: ["Systems Manager", "System Manager", "SSM"]),
        Entry(topic: "parameter-store", domains: ["operations"], terms: ["Parameter Store", "파라미터 스토어"]),
        Entry(topic: "config", domains: ["operations"], terms: ["AWS Config"]),
        Entry(topic: "trusted-advisor", domains: ["operations"], terms: ["Trusted Advisor"]),
        Entry(topic: nil, domains: ["operations"], terms: ["모니터링", "Monitoring", "로그", "Logging", "Logs", "운영", "Operations", "경보", "Alarm"]),
        // Developer Tools and infrastructure as code
        Entry(topic: "cloudformation", domains: ["delivery"], terms: ["CloudFormation", "클라우드포메이션"]),
        Entry(topic: "stacksets", domains: ["delivery"], terms: ["StackSets", "StackSet"]),
        Entry(topic: "cdk", domains: ["delivery"], terms: ["CDK", "Cloud Development Kit"]),
        Entry(topic: "terraform", domains: ["delivery"], terms: ["Terraform", "테라폼"]),
        Entry(topic: "iac", domains: ["delivery"], terms: ["IaC", "Infrastructure as Code", "코드형 인프라"]),
        Entry(topic: "codepipeline", domains: ["delivery"], terms: ["CodePipeline"]),
        Entry(topic: "codebuild", domains: ["delivery"], terms: ["CodeBuild"]),
        Entry(topic: "codedeploy", domains: ["delivery"], terms: ["CodeDeploy"]),
        Entry(topic: "codecommit", domains: ["delivery"], terms: ["CodeCommit"]),
        Entry(topic: "ci-cd", domains: ["delivery"], terms: ["CI/CD", "CICD"]),
        Entry(topic: "platform-engineering", domains: ["delivery"], terms: ["Platform Engineering", "플랫폼 엔지니어링"]),
        Entry(topic: nil, domains: ["delivery"], terms: ["배포", "Deployment", "DevOps"]),
        // Application Integration
        Entry(topic: "sqs", domains: ["integration"], terms: ["SQS", "Simple Queue Service"]),
        Entry(topic: "sns", domains: ["integration"], terms: ["SNS", "Simple Notification Service"]),
        Entry(topic: "eventbridge", domains: ["integration"], terms: ["EventBridge", "Event Bridge"]),
        Entry(topic: "step-functions", domains: ["integration"], terms: ["Step Functions"]),
        Entry(topic: "mq", domains: ["integration"], terms: ["Amazon MQ"]),
        Entry(topic: nil, domains: ["integration"], terms: ["메시지 큐", "Message Queue", "대기열", "Queue"]),
        // Analytics
        Entry(topic: "kinesis", domains: ["data"], terms: ["Kinesis", "키네시스"]),
        Entry(topic: "kafka", domains: ["data"], terms: ["Kafka", "카프카", "MSK"]),
        Entry(topic: "cdc", domains: ["data"], terms: ["CDC", "Change Data Capture"]),
        Entry(topic: "athena", domains: ["data"], terms: ["Athena", "아테나"]),
        Entry(topic: "glue", domains: ["data"], terms: ["Glue", "AWS Glue"]),
        Entry(topic: "redshift", domains: ["data"], terms: ["Redshift", "레드시프트"]),
        Entry(topic: "emr", domains: ["data"], terms: ["EMR"]),
        Entry(topic: "lake-formation", domains: ["data"], terms: ["Lake Formation"]),
        Entry(topic: "data-lake", domains: ["data"], terms: ["데이터 레이크", "Data Lake"]),
        Entry(topic: "opensearch", domains: ["data"], terms: ["OpenSearch", "Elasticsearch"]),
        Entry(topic: "quicksight", domains: ["data"], terms: ["QuickSight"]),
        Entry(topic: nil, domains: ["data"], terms: ["분석", "Analytics", "데이터 웨어하우스", "ETL", "스트리밍", "Streaming"]),
        // Global infrastructure and architecture
        Entry(topic: "region", domains: ["architecture"], terms: ["리전", "Region"]),
        Entry(topic: "az", domains: ["architecture"], terms: ["가용 영역", "Availability Zone", "AZ"]),
        Entry(topic: "local-zone", domains: ["architecture"], terms: ["Local Zone", "로컬 영역"]),
        Entry(topic: "well-architected", domains: ["architecture"], terms: ["Well-Architected", "Well Architected"]),
        Entry(topic: "microservices", domains: ["architecture"], terms: ["마이크로서비스", "MSA", "Microservices"]),
        Entry(topic: "migration", domains: [], terms: ["마이그레이션", "Migration", "이관"]),
        Entry(topic: nil, domains: ["architecture"], terms: ["아키텍처", "Architecture", "온프레미스", "On-Premise", "On-Premises"]),
        // Machine learning: AWS's "Machine Learning" category is not an exam domain here.
        Entry(topic: "kendra", domains: [], terms: ["Kendra", "켄드라"]),
        Entry(topic: "sagemaker", domains: [], terms: ["SageMaker"]),
        Entry(topic: "bedrock", domains: [], terms: ["Bedrock"]),
    ]

    /// Every spelling with its entry, longest first, so `NAT 게이트웨이` is found before `NAT`
    /// and `보안 그룹` before `보안`.
    static let spellings: [(term: String, entry: Entry)] = entries
        .flatMap { entry in entry.terms.map { (term: $0, entry: entry) } }
        .sorted { $0.term.count > $1.term.count }

    /// The entries named in `text`, in the order of their first place in it.
    static func entries(in text: String) -> [Entry] {
        matches(in: TermMatch.Haystack(text)).map(\.entry)
    }

    /// Where the vocabulary's spellings occur in `haystack`, in the text's order: a place taken
    /// by a longer term is not matched again by a shorter one inside it.
    static func matches(in haystack: TermMatch.Haystack) -> [(range: Range<Int>, term: String, entry: Entry)] {
        var found: [(range: Range<Int>, term: String, entry: Entry)] = []
        for (term, entry) in spellings {
            for range in haystack.ranges(of: term) where !found.contains(where: { $0.range.overlaps(range) }) {
                found.append((range, term, entry))
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
