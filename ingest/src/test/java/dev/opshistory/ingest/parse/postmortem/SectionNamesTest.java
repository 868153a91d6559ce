package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SectionNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Root Cause | ROOT_CAUSE", "Root Causes | ROOT_CAUSE", "Root Cause(s) | ROOT_CAUSE",
            "Root cause and mitigation | ROOT_CAUSE", "Cause | ROOT_CAUSE", "Root Causes2 | ROOT_CAUSE",
            "**Root Cause:** | ROOT_CAUSE", "Root Causes [[164]] | ROOT_CAUSE", "3. Root causes: | ROOT_CAUSE",
            "Trigger | TRIGGER", "Trigger(s) | TRIGGER", "Resolution | RESOLUTION", "Mitigation | RESOLUTION",
            "Mitigation & Resolution | RESOLUTION", "Resolution and recovery | RESOLUTION",
            "What stopped the impact | RESOLUTION", "How did we fix it? | RESOLUTION", "5. Preventive Measures | ACTION_ITEMS",
            "Preventive actions | ACTION_ITEMS", "Actions planned | ACTION_ITEMS", "Planned actions: | ACTION_ITEMS", "Corrective and preventive actions | ACTION_ITEMS",
            "What are we doing to prevent it from happening again? | ACTION_ITEMS",
            "How will we prevent this in the future? | ACTION_ITEMS", "What were the root causes? | ROOT_CAUSE",
            "How was the incident detected? | DETECTION", "Who was impacted by this incident? | IMPACT",
            "Mitigation Steps | RESOLUTION", "Incident Start | TIMELINE", "Outage end time | TIMELINE",
            "Reported at | DATE", "Incident declared | DATE", "Incident resolved | TIMELINE",
            "🧠 Root cause | ROOT_CAUSE", "🛠️ Resolution | RESOLUTION", "✅ Action items | ACTION_ITEMS", "Impact 🔥 | IMPACT",
            "📚 Lessons learned | LESSONS", "📅 Date | DATE", "Detection | DETECTION",
            "Impact | IMPACT", "Customer impact | IMPACT", "Summary | SUMMARY", "Executive summary | SUMMARY",
            "Overview: | SUMMARY", "Summary of impact | SUMMARY", "Action Items | ACTION_ITEMS", "Follow-ups | ACTION_ITEMS",
            "Corrective actions | ACTION_ITEMS", "Corrective and Preventative Measures | ACTION_ITEMS",
            "Follow-up tasks | ACTION_ITEMS", "What we are doing about it | ACTION_ITEMS", "What we're changing | ACTION_ITEMS",
            "Action Items & Followups | ACTION_ITEMS", "Lessons Learned | LESSONS", "Lessons Learnt | LESSONS",
            "What went well | LESSONS", "What went wrong | LESSONS", "How'd we do? | LESSONS", "Where we got lucky | LESSONS",
            "Timeline | TIMELINE", "Timeline (continued) | TIMELINE", "Start Date/Time | TIMELINE", "Duration | DURATION",
            "Date | DATE", "Authors | AUTHORS", "Name(s) | AUTHORS", "Status | STATUS", "Incident | INCIDENT",
            "Incident Number | INCIDENT", "Severity | SEVERITY", "Supporting information: | OTHER",
            "Key events | TIMELINE", "Review actions | ACTION_ITEMS", "Time to repair | DURATION",
            "Prevention | ACTION_ITEMS", "Follow-up improvements | ACTION_ITEMS", "Short-term improvements | ACTION_ITEMS",
            "What is being done about this? | ACTION_ITEMS", "How did this happen | ROOT_CAUSE",
            "Why did all this happen in such a short time? | ROOT_CAUSE", "Created by | AUTHORS", "IMPACT TIME | TIMELINE",
            "Impact start | TIMELINE", "Owner of review process | AUTHORS", "Impact on users | IMPACT",
            "Root cause of the outage | ROOT_CAUSE", "Cause analysis | ROOT_CAUSE", "Who did it affect and how? | IMPACT",
            "Play by Play | TIMELINE", "Retrospective | LESSONS", "What have I learned? | LESSONS",
            "Looking Forward: | ACTION_ITEMS", "Alert Recieved | DETECTION", "🔧 Recomendaciones Técnicas | ACTION_ITEMS",
            "🛡️ Plan de Prevención | ACTION_ITEMS", "✅ Acciones Inmediatas Requeridas | ACTION_ITEMS",
            "Fecha del Incidente | DATE", "Duración Aproximada | DURATION", "내용 | SUMMARY", "기간 | DURATION",
            "どのような影響がありますか？ | IMPACT", "何が復旧したのですか？ | RESOLUTION", "障害の原因は何ですか？ | ROOT_CAUSE", "Scope | IMPACT",
            "Scope of impact | IMPACT", "Origin of the incident | ROOT_CAUSE",
            "RCA and reason for this upgrade: | ROOT_CAUSE", "What was impacted | IMPACT", "Actions taken | RESOLUTION",
            "Recovery efforts | RESOLUTION", "Short term fix | RESOLUTION", "Future actions | ACTION_ITEMS",
            "Long term solution | ACTION_ITEMS", "Root Cause Remediations | ACTION_ITEMS", "Remediation | RESOLUTION",
            "Lessons and thoughts | LESSONS", "Further Mitigations and Learnings | LESSONS",
            "Resolution Time | TIMELINE", "Service restored | TIMELINE", "Outage began at | TIMELINE",
            "End date and time | TIMELINE", "Future plan | ACTION_ITEMS", "Future works | ACTION_ITEMS",
            "Potential learnings | LESSONS", "How it is fixed | RESOLUTION", "Date/time | DATE",
            ":thinking: Lessons learned | LESSONS", ":ballot_box_with_check: Follow-up tasks | ACTION_ITEMS",
            ":woman_gesturing_ok: Recovery | RESOLUTION", ":eye: Detection | DETECTION", "Five Why's | ROOT_CAUSE",
            ":seedling: Blameless root cause | ROOT_CAUSE", "Details of Fix | RESOLUTION",
            "Resulting Action | ACTION_ITEMS", "Identified Problems: | LESSONS", "Findings | LESSONS",
            "Things that went well | LESSONS", "Things that went poorly | LESSONS", "What didn't work | LESSONS",
            "Opportunities | LESSONS", "Details of exploit | NARRATIVE", "Timeline of Events | TIMELINE", "So what happened? | NARRATIVE", "How this happened | ROOT_CAUSE", "Follow-up issues | ACTION_ITEMS", "Sammendrag | SUMMARY", "Konsekvens | IMPACT", "Rotårsaker | ROOT_CAUSE", "Utløsende faktor | TRIGGER", "Løsning | RESOLUTION", "Påvisning | DETECTION", "Aksjonspunkter | ACTION_ITEMS", "Hva lærte vi?´ | LESSONS", "Hvor hadde vi flaks | LESSONS", "Tidslinje | TIMELINE", "Dato | DATE", "Av | AUTHORS", "Åtgärder | ACTION_ITEMS", "Grundorsak | ROOT_CAUSE", "恒久対策(採用決定と実施計画) | ACTION_ITEMS", "実施済み対応(応急) | RESOLUTION", "Initial Detection | DETECTION", "Action Taken | RESOLUTION", "What This Means for You | IMPACT", "Improvements for Future Releases | ACTION_ITEMS", "What Next | ACTION_ITEMS", "Strengthening Our Security Posture | ACTION_ITEMS", "Main takeaways | LESSONS", "Points à retenir | LESSONS", "How was the issue found? | DETECTION", "How we found out | DETECTION", "OK, so why did it fail? | ROOT_CAUSE", "[障害の概要] | SUMMARY", "【障害発生の原因】 | ROOT_CAUSE", "■障害発生の経緯 | TIMELINE", "[対策] | ACTION_ITEMS", "障害の復旧 | RESOLUTION", "Was war passiert? | NARRATIVE", "Warum passiert das nicht mehr? | ACTION_ITEMS", "Wie konnte es dazu kommen? | ROOT_CAUSE", "Que s'est-il passé ? | NARRATIVE", "Response timeline | TIMELINE", "Timeline of our response | TIMELINE",
            "1. Immediate fix - restored connectivity | RESOLUTION", "Root cause - an expired certificate | ROOT_CAUSE",
            "Action items — what we will change | ACTION_ITEMS", "7. Follow-Up Actions & Tasks | ACTION_ITEMS",
            "Follow-up Actions / Remediations | ACTION_ITEMS", "🛡️ Prevention & Next Steps | ACTION_ITEMS",
            "Agreed actions: | ACTION_ITEMS", "🚫 Prevention Measures | ACTION_ITEMS", "📋 Recovery TODO | ACTION_ITEMS",
            "Preventing the issue from happening again | ACTION_ITEMS",
            "How Are We Going to Do Better in the Future? | ACTION_ITEMS", "What fixed it? | RESOLUTION",
            "Background and context | NARRATIVE", "3. 🔍 ANALYSE DES CAUSES RACINES | ROOT_CAUSE",
            "Cause racine | ROOT_CAUSE", "Résolution | RESOLUTION", "5. 💡 LEÇONS APPRISES | LESSONS",
            "Actions correctives | ACTION_ITEMS", "Durée de l'incident : | DURATION", "Ursache | ROOT_CAUSE",
            "Maßnahmen | ACTION_ITEMS", "Causa raíz | ROOT_CAUSE", "Lecciones aprendidas | LESSONS", "Chronologie | TIMELINE",
            "障害の内容 | SUMMARY", "影響範囲 | IMPACT", "原因 | ROOT_CAUSE", "復旧方法 | RESOLUTION", "再発防止策 | ACTION_ITEMS",
            "発生から復旧までのタイムライン | TIMELINE", "発生日時 | DATE", "**Total Outage: | DURATION", "Total Time | DURATION",
            "Supporting information and documentation | OTHER", "Issue Description: | NARRATIVE",
            "Problem description | NARRATIVE", "Steps to Resolution: | RESOLUTION", "Symptoms | IMPACT",
            "User-facing symptoms | IMPACT",
            "Why did this break? | ROOT_CAUSE",
            "What allowed this to happen? | ROOT_CAUSE", "What does this mean for you? | IMPACT",
            "Will this happen again? | ACTION_ITEMS", "How to prevent this | ACTION_ITEMS", "What went right. | LESSONS",
            "How am I fixing it? | RESOLUTION", "1 Executive summary | SUMMARY", "5 Whys | ROOT_CAUSE",
            "What could be done to avoid this in future? | ACTION_ITEMS",
            // a MediaWiki page saved as text keeps each heading's edit links
            "'Summary[edit | edit source]' | SUMMARY", "Timeline [edit] | TIMELINE", "'Root cause [edit | edit source]' | ROOT_CAUSE",
            "What changes we are making now? | ACTION_ITEMS", "Steps taken towards mitigation | RESOLUTION",
            "Steps taken toward mitigation | RESOLUTION", "'Ursache[Bearbeiten | Quelltext bearbeiten]' | ROOT_CAUSE",
            "'Résolution[modifier | modifier le code]' | RESOLUTION",
            "Problem | SUMMARY", "Solution | RESOLUTION", "Long-term solutions | ACTION_ITEMS",
            "Preventing this type of outage in the future | ACTION_ITEMS", "Improvements | ACTION_ITEMS",
            "Brief Overview | SUMMARY", "Follow-up Action Plan | ACTION_ITEMS", "Moving Forward | ACTION_ITEMS",
            "What is CMS doing now? | ACTION_ITEMS",
            // Korean, as a Woowa course team heads its postmortems
            "요약 | SUMMARY", "임팩트 | IMPACT", "근본 원인 | ROOT_CAUSE", "대응 | RESOLUTION", "재발 방지 액션 | ACTION_ITEMS",
            "교훈 | LESSONS", "타임라인 | TIMELINE", "장애 원인 | ROOT_CAUSE", "탐지 | DETECTION", "발생 일시 | DATE",
            "지속 | DURATION", "Resumen Ejecutivo | SUMMARY", "Impacto del Incidente | IMPACT",
            "What are the next steps for Replit? | ACTION_ITEMS", "Next steps | ACTION_ITEMS",
            // as set Q's write-ups head them: status posts, a French blog's questions, Chinese and Japanese repos
            "Future Solutions | ACTION_ITEMS", "Follow-up hardening | ACTION_ITEMS", "Workaround (현재) | RESOLUTION",
            "Comment cela a-t-il pu arriver ? | ROOT_CAUSE", "Qu'avons-nous fait ? | RESOLUTION",
            "Pour que cela ne se reproduise pas | ACTION_ITEMS", "サマリー | SUMMARY", "アクションアイテム | ACTION_ITEMS",
            "问题 | SUMMARY", "现象 | IMPACT", "预防 | ACTION_ITEMS", "防复发变更 | ACTION_ITEMS", "发现人 | DETECTION",
            // Russian, traditional Chinese, one more Korean team, Portuguese and bold fields, as set R's write-ups head them
            "Сводка | SUMMARY", "Влияние | IMPACT", "Первопричина | ROOT_CAUSE", "Коренная причина | ROOT_CAUSE",
            "Временная шкала | TIMELINE", "Что сработало | LESSONS", "Уроки | LESSONS", "Действия | ACTION_ITEMS",
            "Что произошло? | NARRATIVE", "Восстановление | RESOLUTION", "Продолжительность | DURATION",
            "修復(兩部分) | RESOLUTION", "背景 | NARRATIVE", "經驗教訓 | LESSONS", "1. 한 줄 요약 | SUMMARY", "7. 배운 것 | LESSONS",
            "8. 복구 확인과 남은 일 | ACTION_ITEMS", "Impacto no cliente | IMPACT", "Duração do impacto | DURATION",
            "Reason/Cause | ROOT_CAUSE", "Remedial Actions | ACTION_ITEMS", "Reason for the outage | ROOT_CAUSE",
            // with a qualifier or an emoji before them, as set T's write-ups head them
            "📝 TIMELINE COMPLÈTE | TIMELINE", "🎯 ACTIONS PRÉVENTION | ACTION_ITEMS", "Chronologie détaillée | TIMELINE",
            "Cronología de eventos | TIMELINE", "Prochaines étapes | ACTION_ITEMS", "Próximos pasos | ACTION_ITEMS",
            "Correctif appliqué | RESOLUTION", "**Fix Applied** | RESOLUTION", "Nächste Schritte | ACTION_ITEMS"})
    void recognisesTemplateSpellings(String name, SectionKind kind) {
        assertThat(SectionNames.kindOf(name)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Detection Time", "Restored", "Closed", "Resolutions", "Incident: database outage",
            "Checkout - the new payment page", "RCA - object storage outage", "RCA: object storage outage",
            "Resolved — 14:00", "Title (incident)", "Template List", "Shakespeare Sonnet++ Postmortem",
            "OUTAGE BEGINS", "Reported", "Identified", "Detection and root cause", "Consequences and measures taken",
            "Database and cache outage", "Summary / Timeline", "**Incident response and monitoring:**",
            "Timeline of the migration project", "Problems with the new router", "Solutions we considered", "Conclusion",
            "Timeline (all times PST) 01/16/2024 - 02/28/2024. All times approximations", "What is the new API?",
            "Moving Forward with Kubernetes at Acme", "Duração do projeto", "Reasons we chose Kafka", "Timeline complète du projet",
            "Fix applied to the wrong host", ""})
    void doesNotTakeOtherNames(String name) {
        assertThat(SectionNames.kindOf(name)).isEmpty();
    }
}
