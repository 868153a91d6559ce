package dev.opshistory.ingest.parse.postmortem;

import dev.opshistory.common.RecentResults;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises postmortem section names in the spellings of the common templates (Google SRE book, the
 * dastergon collection, PagerDuty, Atlassian, Azure, Elastic, Limoncelli, Kehoe): synonyms, singular and plural,
 * {@code (s)}, trailing colons and question marks, leading numbering ({@code 2. Impact}) and footnote
 * digits glued to the name by a copy from HTML ({@code Root Causes2}).
 *
 * <p>Names are matched whole after normalising, not by substring, so that {@code Resolution Time} or
 * {@code Detection Time} in a table are not mistaken for the Resolution or Detection sections. The first
 * matching kind in declaration order below wins ({@code Summary of impact} is the summary,
 * {@code Root cause and mitigation} the root cause).
 */
public final class SectionNames {

    /** "What happened?" in German and French, as a notice asks it: the section that tells the incident. */
    static final String WHAT_HAPPENED_ELSEWHERE = "was (ist|war) (denn )?passiert|was ist geschehen|was geschah"
            + "|que s'est-il passé|qu'est-ce qui s'est passé|ce qui s'est passé";

    private static final Map<SectionKind, Pattern> NAMES = new LinkedHashMap<>();

    static {
        name(SectionKind.SUMMARY, "summary|executive summary|issue summary|incident summary|summary of (the )?(impact|incident|outage)"
                + "|(brief|short|quick|high[ -]level) (summary|overview)|overview|incident overview|tl;? ?dr|abstract|synopsis|(the )?problem");
        name(SectionKind.ROOT_CAUSE, "(blameless )?root ?causes?( analysis)?|rca|root causes? and (mitigation|resolution|trigger|remediation|contributing factors)"
                + "|causes?|cause analysis|reasons?( for (the )?(outage|incident|downtime|failure|issue|problem))?"
                + "|contributing (conditions|factors|causes)( analysis)?|what caused (the )?(incident|outage|it|this)"
                + "|why|why (did )?(it|this) happen(ed)?|process breakdowns?|causal (analysis|factors)|(five|5) why'?s"
                + "|(the )?fault|technical cause|what (was|were) the (root )?causes?( of (the|this) (incident|outage|issue|problem))?"
                + "|how (did|could) (this|it|that) happen|how (this|it|that) happened|why did (all )?(this|it|that) happen( .*)?"
                + "|root ?cause of (the |this )?(outage|issue|incident|problem|failure)|origin of (the |this )?(incident|outage|issue)"
                + "|rca( and .*)?|why did (this|it|that) (break|fail|go down|stop working)( .*)?"
                + "|what (allowed|caused|enabled) (this|it|that) to (happen|occur)");
        name(SectionKind.ACTION_ITEMS, "action items?( and follow ?-?ups?)?|ais"
                + "|follow ?-?ups?( (tasks|items|actions|improvements|work|issues|tickets))?"
                + "|corrective actions?|remedial (actions?|measures|steps|work)|review actions|prevention"
                + "|(short|medium|long)[ -]term (improvements|actions|fixes)"
                + "|improvements|what is being done( about (this|it))?|future (actions|works?|improvements|plans?|steps)"
                + "|long[ -]term (solutions?|fix(es)?)|future solutions?|(follow ?-?up )?hardening|root cause remediations?|remediations|resulting actions?"
                + "|corrective and prevent(at)?ive (measures|actions)|prevent(at)?ive (measures|actions)|next steps"
                + "|recommendations|remediation (items|actions|plan)|action plan|todos?|to do"
                + "|(what are )?(the |our )?next steps( for .*)?"
                + "|what (we are|we're|we will|we'll|are we|will we) (do|doing|change|changing)( .*)?"
                + "|what changes (we are|we're|we will|we'll|are we|will we) (make|making)( .*)?"
                + "|how (will|do|can|are) we (prevent|avoid|stop)( .*)?|agreed actions?|open actions?"
                + "|prevention (measures|steps|actions|plan)|preventing (this|it|that|the|a|an|further|future) .*"
                + "|how (are we going to|will we|can we|do we plan to|we will|we'll|we are going to) (do|be) better( .*)?"
                + "|(recovery|remaining|open|follow ?-?up) (todos?|to do|tasks)|tasks"
                + "|actions? planned|planned actions?|actions? to (take|be taken)"
                + "|(will|could|can) (this|it|that) happen again( .*)?|how to (prevent|avoid) (this|it|that|a repeat)( .*)?"
                + "|what (could|can|should|will|would) (be done|we do) to (prevent|avoid|stop) (this|it|that|a repeat"
                + "|recurrence|a recurrence)( .*)?"
                + "|improvements? (for|to|in) .*|what('s| is)? next|strengthening .*"
                + "|follow ?-?up (action )?plan|(remediation|improvement) checklist|moving forward|going forward"
                + "|looking (forward|ahead)"
                + "|what (is|are) [\\w .&'-]{1,40} doing (now|next|about (this|it))( .*)?");
        name(SectionKind.LESSONS, "lessons? (learned|learnt)|lessons|learnings|(main |key )?takeaways|what went (well|wrong|badly|poorly)"
                + "|lessons and (thoughts|takeaways|learnings)|(further |potential |key )?(mitigations and )?learnings"
                + "|things that went (well|wrong|badly|poorly)|(what|things that) (worked|did ?n'?o?t work)"
                + "|opportunities( for improvement| to improve)?"
                // what the review found wrong, listed beside the plan ("### Identified Problems" over "### Improvement Plan")
                + "|(identified |known |key |main )?(problems|findings|gaps|weaknesses|shortcomings)( identified| found)?"
                + "|what (could have gone|could we do|can we do|should we do) better|what didn'?t go (so )?well"
                + "|where (we|did we) (got|get) lucky|how'?d we do|how did we do|what went right|retrospective"
                + "|what (have|did) (i|we) (learn|learned|learnt)( .*)?");
        name(SectionKind.TRIGGER, "triggers?|trigger(ing)? (event|events)|what triggered (the )?(incident|outage|it)");
        name(SectionKind.RESOLUTION, "resolution|resolution and recovery|recovery|mitigations?|mitigation and resolution"
                + "|(the )?solution"
                + "|resolution and mitigation|remediation|(the )?fix|repair|how (it was|we) (fixed|resolved|mitigated)( it)?"
                + "|how it (is|was|got) (fixed|resolved|mitigated)"
                + "|how (did we|was it|do we) (fix|fixed|resolve|resolved|mitigate|mitigated)( it| this| the (issue|incident|outage|problem))?"
                + "|what (stopped|ended|mitigated|fixed|resolved) (the )?(impact|incident|outage|issue|problem|it|this)"
                + "|(temporary )?workarounds?( .*)?"
                + "|(mitigation|recovery|resolution) steps( taken)?|steps taken( to (mitigate|resolve|recover)| towards? (mitigation|resolution|recovery))?"
                + "|(immediate )?actions? taken|recovery (efforts|options|actions)|(short[ -]term|immediate) (fix(es)?|solutions?)"
                + "|incident response and fix(es)?|details of (the )?(mitigation|fix|resolution|recovery)"
                + "|steps to (resolution|resolve|recovery|recover|fix|mitigate|mitigation)"
                + "|how (am i|are we|is it being|were we|was it|did i) (fixing|fixed|fix|resolving|resolved)( it| this)?");
        name(SectionKind.DETECTION, "detection|detected by|incident detected by|how (it was|was it|we) detected( it)?"
                + "|how (was|were) (this|the (incident|outage|issue|problem)) (detected|discovered|noticed|found)"
                + "|monitoring and detection|time to (detection|detect)|(initial|first) (detection|report|alert)"
                + "|how (was|were) (this|it|the (incident|outage|issue|problem)) (first )?(detected|discovered|noticed|found)"
                + "|how (did )?we (find out|found out|notice|noticed|learn|learned|learnt)( about it)?|discovery"
                + "|alerts? (received|recieved)");
        // "Impact time", "Impact start": when, not what (the timeline's)
        name(SectionKind.IMPACT, "(?!impact (time|window|period|start|started|end|ended|began)$)(.* )?impact( .*)?"
                + "|what (was|were) (impacted|affected)|(who|what) (is|was) impacted|affected (users|customers|services|systems)|who was (affected|impacted)( .*)?"
                + "|who (did|does) (it|this|that|the (incident|outage|issue|problem)) (affect|impact)( .*)?"
                + "|blast radius|(incident |outage )?scope|scope of (the )?(impact|incident|outage|problem|issue)|((user|customer)[- ]facing |observed )?symptoms?"
                + "|what (does|did) (this|it) mean for (you|users|customers|our users|our customers|me)"
                + "|what (this|it) means for (you|users|customers|our users|our customers|me)"
                + "|how (does|did|was|were) (this|it) (affect|impact)( .*)?");
        name(SectionKind.DURATION, "duration|outage duration|incident duration|downtime|total downtime|time in sev-? ?\\d?"
                + "|total (outage|outage time|duration|time|time down)|outage time|time down"
                + "|time to (recovery|recover|resolution|resolve|restore|restoration|repair|mitigation|mitigate)");
        // (a timeline headed with its dates, "Timeline (all times PST) 01/16/2024 - 02/28/2024. All times
        // approximations", stays unknown: read as the account, its entries tell the root cause; recognised, its public
        // write-ups lost six root causes)
        name(SectionKind.TIMELINE, "timeline|incident timeline|detailed timeline|response timeline|chain of events"
                + "|sequence of events|timing"
                + "|timeline of (the |our )?(events|incident|outage|response)"
                + "|key events|play[- ]by[- ]play"
                + "|response|incident response"
                + "|incident timing|impact (time|window|period)"
                + "|(incident |outage |impact )?(start|started|end|ended|began|resolved)( at| on)?"
                + "( date ?/ ?time| time| date)?"
                + "|" + IncidentSpan.START_NAMES + "|" + IncidentSpan.END_NAMES + "|" + IncidentSpan.WINDOW_NAMES);
        name(SectionKind.NARRATIVE, "background|context|what happened|(outage|incident|issue|problem) description|description"
                + "|details|incident details|details of (the )?(incident|exploit|outage|issue|event|attack)|narrative|lead ?-?up|analysis|incident analysis|investigation"
                + "|investigation and analysis|technical (details|analysis|summary)|what happened and why");
        name(SectionKind.DATE, "date|date/time|date and time|(incident|outage) date/time|incident date|postmortem date|report date|date of (the )?(incident|outage)"
                + "|incident (reported|declared|occurred)( at| on)?|(reported|declared|occurred) (at|on)");
        name(SectionKind.AUTHORS, "authors?|by|written by|created by|owners?|postmortem owner|names?|participants|attendees"
                + "|postmortem attendees|people involved|names of people involved|responders|incident commander"
                + "|sre lead|developer lead|incident mgmt lead|incident management lead|postmortem lead|incident lead"
                + "|owner of (the )?(review|postmortem)( process)?");
        name(SectionKind.STATUS, "status|report status|document status|postmortem status");
        name(SectionKind.INCIDENT, "incidents?|incident (number|no|id|ids|#|links?|tickets?|references?|urls?|keys?)"
                + "|related incidents?|pagerduty incidents?|opsgenie (alerts?|incidents?)");
        name(SectionKind.SEVERITY, "severity|incident severity|sev|severity level|priority|incident priority");
        name(SectionKind.MODIFIED, "last (modified|updated)|revision|version");
        // The core sections as write-ups in other languages head them (French, German, Spanish, Portuguese, Italian)
        also(SectionKind.SUMMARY, "résumé|synthèse|zusammenfassung|resumen|resumo|riepilogo|sintesi"
                + "|(résumé|resumen|resumo|riepilogo|sintesi|sommaire) (exécutif|ejecutivo|executivo|esecutivo)");
        also(SectionKind.ROOT_CAUSE, "(analyse des )?causes? (racines?|profondes?)|(grund)?ursachen?|ursachenanalyse"
                + "|causas? ra[ií]z|an[aá]lisis de (la )?causa ra[ií]z|causa principal|causa radice|analisi delle cause");
        also(SectionKind.ACTION_ITEMS, "actions( correctives| préventives)?|plan d'actions?|mesures correctives"
                + "|(folge|korrektur)?ma(ß|ss)nahmen|acciones( correctivas| preventivas| inmediatas( requeridas)?)?|ações corretivas"
                + "|azioni correttive|recomendaciones( técnicas)?|plan de (prevención|acción)|medidas (preventivas|correctivas)");
        also(SectionKind.LESSONS, "leçons( apprises)?|enseignements|retour d'expérience|points à retenir|erkenntnisse|lecciones aprendidas"
                + "|lições aprendidas|lezioni apprese");
        also(SectionKind.TRIGGER, "déclencheur|auslöser|desencadenante");
        also(SectionKind.RESOLUTION, "résolution|solution|lösung|behebung|resolución|solución|resolução|risoluzione");
        also(SectionKind.DETECTION, "détection|erkennung|detección|detecção|rilevamento");
        also(SectionKind.IMPACT, "conséquences|auswirkungen?|impacto|impatto|impact de l'incident|impacto del incidente"
                + "|impacto do incidente|impatto dell'incidente");
        also(SectionKind.DURATION, "durée( de l'incident)?|dauer|duración( aproximada| del incidente)?|duração|durata");
        also(SectionKind.TIMELINE, "chronologie|déroulé|zeitablauf|zeitleiste|cronología|cronologia|linha do tempo");
        // … and as they are also written: with a qualifier ("Timeline complète", "Chronologie détaillée", "Cronología
        // de eventos"), the steps ahead ("Actions prévention", "Prochaines étapes", "Próximos pasos", "Nächste
        // Schritte"), the fix applied ("Correctif appliqué", "Corrección aplicada", "Correção aplicada") and the
        // English "Fix applied"
        also(SectionKind.TIMELINE, "(timeline|chronologie|cronolog[ií]a|linha do tempo|zeitleiste) (complète|détaillée"
                + "|des événements|de (los )?eventos|detallada|completa|detalhada|dos eventos|vollständig)"
                + "|déroulement( de l'incident)?|zeitlicher ablauf");
        also(SectionKind.ACTION_ITEMS, "actions? (de )?prévention|mesures de prévention|prochaines étapes|próximos pasos"
                + "|próximos passos|nächste schritte");
        also(SectionKind.RESOLUTION, "correctifs? appliqués?|corrections? appliquées?|rétablissement|remédiation"
                + "|corrección aplicada|remediación|correção aplicada|remediação|fehlerbehebung|(the )?fix(es)? applied"
                + "|applied fix(es)?");
        // Norwegian, Danish and Swedish, as public bodies there write the SRE book's template ("Sammendrag",
        // "Rotårsaker", "Utløsende faktor", "Påvisning", "Aksjonspunkter", "Hva lærte vi?", "Tidslinje")
        also(SectionKind.SUMMARY, "sammendrag|sammenfatning|oppsummering|opsummering|sammanfattning|sammanfatning");
        also(SectionKind.IMPACT, "konsekvens(er)?|påvirkning|påverkan");
        also(SectionKind.ROOT_CAUSE, "rotårsak(er)?|grunnårsak(er)?|grundårsag(er)?|grundorsak(er)?|årsak(er)?|årsag(er)?"
                + "|orsak(er)?");
        also(SectionKind.TRIGGER, "utløsende faktor|udløsende faktor|utlösande faktor");
        also(SectionKind.RESOLUTION, "løsning|lösning|utbedring");
        also(SectionKind.DETECTION, "påvisning|oppdagelse|opdagelse|upptäckt|deteksjon|detektering|detektion");
        also(SectionKind.ACTION_ITEMS, "aksjonspunkter|tiltak|handlingspunkter|handlingsplan|åtgärder|åtgärdspunkter"
                + "|oppfølgingspunkter|opfølgningspunkter");
        also(SectionKind.LESSONS, "hva lærte vi|hvad lærte vi|vad lärde vi oss|lærdommer|læringspunkter|lärdomar"
                + "|hva gikk (bra|dårlig)|hvad gik (godt|dårligt)|vad gick (bra|dåligt)|hvor hadde vi flaks"
                + "|hvor (var|hadde) vi heldige|var hade vi tur");
        also(SectionKind.TIMELINE, "tidslinje|tidslinjen|tidsforløp|tidsforløb|händelseförlopp");
        also(SectionKind.DATE, "dato|datum|fecha( del incidente)?|data do incidente");
        also(SectionKind.AUTHORS, "av|af|forfattere?|skrevet av|skrevet af|författare");
        // German and French headings that ask the reader's question ("Was war passiert?", "Que s'est-il passé ?")
        also(SectionKind.NARRATIVE, WHAT_HAPPENED_ELSEWHERE);
        also(SectionKind.ROOT_CAUSE, "warum (ist )?(das|es) passiert|wie (konnte|kam) (es|das) (dazu|passieren)( kommen)?"
                + "|pourquoi (est-ce que )?(c'est|cela s'est|ça s'est) (arrivé|produit|passé)"
                + "|comment (cela|ça|c'est|est-ce que cela) (a(-t-il)? pu|a pu|a-t-il pu|est) (arriver|se produire|arrivé)");
        also(SectionKind.RESOLUTION, "qu'avons-nous fait|qu'est-ce que nous avons fait|ce que nous avons fait");
        also(SectionKind.ACTION_ITEMS, "warum passiert (das|es) nicht (mehr|wieder)|was (tun|unternehmen|ändern) wir"
                + "|wie geht es weiter|was wird unternommen|que faisons-nous|et maintenant|prochaines étapes"
                + "|qu'allons-nous faire|ce que nous allons faire|(pour )?(que|éviter que) (cela|ça) ne se reproduise( pas| plus)?( .*)?");
        // … and Japanese and Chinese (障害報告, 事故报告), with or without the qualifier Japanese notices put before a
        // section's name ("障害の概要", "障害発生の経緯", "障害発生の原因": of the failure, of its occurrence)
        String ja = "(?:(?:障害|事故|故障|不具合)?(?:発生)?の?)";
        also(SectionKind.SUMMARY, ja + "(?:概要|内容|発生した事象|事象)|インシデント概要|サマリー?|事故概述|概述|摘要|问题|问题描述|事件概述");
        also(SectionKind.IMPACT, ja + "(?:影響|影響範囲|影響内容|影響を受けた.*)|影响|影响范围|现象|故障现象");
        also(SectionKind.ROOT_CAUSE, ja + "(?:原因|根本原因|発生原因|原因分析)|根因|根因分析");
        also(SectionKind.RESOLUTION, ja + "(?:復旧|復旧方法|復旧対応|対応内容|暫定対応|暫定対策|応急対応|応急処置|実施済み(の)?対応)"
                + "|解决方案|修复|恢复");
        also(SectionKind.ACTION_ITEMS, "再発防止策?|今後の対応|今後の対策|恒久対応|恒久対策|対策|アクション ?アイテム|アクション項目"
                + "|改进措施|后续措施|后续行动|预防(措施)?|防复发.*|改进(项|计划)?");
        also(SectionKind.TIMELINE, ".*タイムライン|" + ja + "(?:経緯|時系列)|时间线");
        also(SectionKind.LESSONS, "教訓|学んだこと|经验教训");
        also(SectionKind.DETECTION, ja + "(?:検知|発見の経緯)|发现(方式|过程|人)?|检测");
        also(SectionKind.DATE, ja + "(?:発生日時?|発生日)");
        // … and as Japanese notices ask them: "どのような影響がありますか？", "何が復旧したのですか？", "原因は何ですか？"
        also(SectionKind.IMPACT, "(?:どのような|どんな|何の|どの)[^。]{0,10}影響[^。]{0,14}");
        also(SectionKind.RESOLUTION, "(?:何が|どのように|どうやって)[^。]{0,10}復旧[^。]{0,14}");
        also(SectionKind.ROOT_CAUSE, "[^。]{0,10}原因は(?:何|なん)[^。]{0,10}");
        also(SectionKind.NARRATIVE, "何が(?:起き|起こっ|あっ)た[^。]{0,10}");
        // … and Korean ("요약", "근본 원인", "재발 방지 액션", "교훈"), with or without "장애"/"사고" (failure, accident) before
        String ko = "(?:(?:장애|사고|이슈|인시던트) ?)?";
        also(SectionKind.SUMMARY, ko + "(?:요약|개요|내용)");
        also(SectionKind.IMPACT, ko + "(?:임팩트|영향( 범위)?|피해( 범위)?)");
        also(SectionKind.ROOT_CAUSE, ko + "(?:근본 ?원인|원인|원인 분석|발생 원인)");
        also(SectionKind.TRIGGER, "트리거");
        also(SectionKind.RESOLUTION, ko + "(?:대응|해결|조치|복구|해결 방법|대응 내용|조치 (내용|사항))");
        also(SectionKind.ACTION_ITEMS, "재발 ?방지.*|액션 ?아이템|후속 ?(조치|작업|액션)|개선 ?(사항|방안|계획)|향후 ?(계획|조치)");
        also(SectionKind.LESSONS, "교훈|배운 ?점|느낀 ?점");
        also(SectionKind.TIMELINE, ko + "(?:타임 ?라인|경과|진행 경과)");
        also(SectionKind.DETECTION, ko + "(?:탐지|감지|발견|인지)");
        also(SectionKind.DATE, ko + "(?:일시|발생 일시|날짜)");
        also(SectionKind.DURATION, ko + "(?:지속( 시간)?|다운타임|기간)");
        // … and Russian ("Сводка", "Влияние", "Первопричина", "Уроки", "Действия"), as homelabs and teams write the SRE
        // book's template in it
        also(SectionKind.SUMMARY, "сводка|резюме|кратко|краткое (описание|содержание|резюме)|обзор|аннотация");
        also(SectionKind.IMPACT, "влияние( на .*)?|последствия|воздействие|ущерб|масштаб( (инцидента|воздействия|проблемы))?");
        also(SectionKind.ROOT_CAUSE, "первопричин[аы]|коренн(ая|ые) причин[аы]|причин[аы]( (инцидента|сбоя|аварии|проблемы))?"
                + "|анализ (коренных )?причин|почему (это|так) (произошло|случилось)");
        also(SectionKind.TRIGGER, "триггер|что (спровоцировало|вызвало) .*");
        also(SectionKind.RESOLUTION, "решение|устранение|восстановление|исправление|как (исправили|решили|устранили|восстановили).*");
        also(SectionKind.DETECTION, "обнаружение|как (обнаружили|заметили).*");
        also(SectionKind.ACTION_ITEMS, "действия|план действий|(дальнейшие|последующие|корректирующие|превентивные|предпринятые) "
                + "(действия|меры)|меры|задачи|что (дальше|будем делать|сделаем)");
        also(SectionKind.LESSONS, "уроки|извлеч[её]нные уроки|выводы|что (сработало|пошло (хорошо|не так|плохо))"
                + "|что не сработало|чему (мы )?научились");
        also(SectionKind.TIMELINE, "хронология( событий)?|временная шкала|таймлайн|ход событий");
        also(SectionKind.DURATION, "продолжительность|длительность|время простоя");
        also(SectionKind.DATE, "дата( инцидента)?");
        also(SectionKind.NARRATIVE, "что (произошло|случилось)|описание( инцидента)?|контекст|предыстория|детали|подробности");
        // … and Chinese in traditional characters, as Taiwan and Hong Kong write it ("修復", "經驗教訓"), and the background
        // a Chinese write-up opens with
        also(SectionKind.RESOLUTION, "修復|恢復|解決方案|處理(方式|過程)?|修復.*");
        also(SectionKind.LESSONS, "經驗教訓|教訓");
        also(SectionKind.TIMELINE, "時間線|時間軸|时间轴");
        also(SectionKind.ACTION_ITEMS, "後續(措施|行動|追蹤|待辦)?|后续(待办|跟进)?|改進(措施|項目|計畫|計劃)?|預防(措施)?");
        also(SectionKind.DETECTION, "發現(方式|過程)?");
        also(SectionKind.NARRATIVE, "背景|事件背景|经过|經過|事件经过|事件經過");
        // … and Korean as one more team heads it ("한 줄 요약": the summary in one line; "배운 것"; "남은 일": what is left)
        also(SectionKind.SUMMARY, "한 ?줄 ?(요약|정리)");
        also(SectionKind.LESSONS, "배운 ?것|배운 ?점들");
        also(SectionKind.ACTION_ITEMS, ".*남은 ?(일|작업|과제)");
        // … and the Portuguese and Spanish impact and its length ("Impacto no cliente", "Duração do impacto")
        also(SectionKind.IMPACT, "impacto (no|nos|na|nas|para|ao|aos|em|sobre|en|a|al|del|de) .*");
        also(SectionKind.DURATION, "duração (do impacto|da (indisponibilidade|interrupção|falha|queda|instabilidade))"
                + "|duración del impacto|duración de la (interrupción|caída|falla|indisponibilidad)");
        name(SectionKind.OTHER, "supporting (information|documents|docs|material)( and documentation)?|appendix|appendices|references|links"
                + "|glossary|messaging|internal (email|message)|external (message|email|communication)"
                + "|customer communication|guidelines|open questions|questions|provide feedback.*|feedback"
                + "|meeting( scheduled for)?|call recording|recording|war-room required|chaos eng preventable|notes"
                + "|attachments|related documents");
        also(SectionKind.OTHER, "linker|lenker|länkar"); // Norwegian, Danish, Swedish: "Links"
    }

    /**
     * A name, a dash and what the section holds in words: "immediate fix - restored connectivity" (not "RCA - …", a
     * title, nor "Resolved — 14:00", a status page's update, whose words are the account).
     */
    private static final Pattern DESCRIBED = Pattern.compile("(?!rca )((?:\\S+ ){0,3}\\S+?) [-–—] \\p{L}.*");
    private static final Pattern COMPOUND_JOINS = Pattern.compile(" and | / ");
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^)]*\\)");
    /** The edit links a MediaWiki page prints after each heading, kept when the page is saved as text: "Summary[edit | edit source]". */
    private static final Pattern WIKI_EDIT_LINK = Pattern.compile("\\s*\\[\\s*(?:edit(?:\\s*\\|\\s*edit source)?"
            + "|bearbeiten(?:\\s*\\|\\s*quelltext bearbeiten)?|modifier(?:\\s*\\|\\s*modifier le code)?)\\s*]\\s*$");
    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\[?\\d{1,4}]]?|\\^\\d{1,4}\\^?");
    /** "2. Impact", "iv) Lessons", and a number without its dot before a word ("1 Executive summary"; not "5 whys"). */
    /**
     * A name in brackets or after a mark, as Japanese notices set their headings off ("[障害の概要]", "【原因】",
     * "■障害原因", "◆対策"): the name inside.
     */
    private static final Pattern BRACKETED = Pattern.compile("^(?:[\\[【［〔]\\s*(.+?)\\s*[\\]】］〕]|[■□◆◇●○▼▽★☆]\\s*(.+))$");
    /** A blog's spoken lead-in before a question heading: "So what happened?", "OK, so why did it fail?". */
    private static final Pattern CONVERSATIONAL_LEAD = Pattern.compile("^(?:ok(?:ay)?,? )?so,? (?=(?:what|why|how|where|when) )");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:(\\d{1,2}|[ivx]{1,4}|[a-h])[.)]\\s+|\\d{1,2}\\s+(?=\\p{L})(?!why))");
    /** Emoji and other pictographs that decorate a heading ("🧠 Root cause", "✅ Action items", "Impact 🔥"). */
    private static final Pattern PICTOGRAPHS = Pattern.compile("[\\p{So}\\p{Cs}\\x{FE0F}\\x{200D}\\x{20E3}]+");
    /** Emoji written as GitHub's and Slack's shortcodes ("## :thinking: Lessons learned", ":ballot_box_with_check:"). */
    private static final Pattern EMOJI_SHORTCODE = Pattern.compile("(?<![\\w:]):[a-z0-9_+-]{2,40}:(?![\\w:])");
    private static final Pattern GLUED_DIGITS = Pattern.compile("(?<=[a-z)])\\d{1,3}$");

    /**
     * The answers for names asked about recently. Every heading, bold label and table cell of a postmortem is asked
     * about, several times, and write-ups of one organisation share their template's names: reading 8,000 generated
     * postmortems spent a fifth of its CPU matching the same few names against the patterns above.
     */
    private static final RecentResults<String, Optional<SectionKind>> KINDS = new RecentResults<>(4096);
    private static final RecentResults<String, String> NORMAL_FORMS = new RecentResults<>(4096);

    private SectionNames() {
    }

    private static void name(SectionKind kind, String regex) {
        NAMES.put(kind, Pattern.compile(regex));
    }

    /** More names for a kind already named, keeping its place in the order. */
    private static void also(SectionKind kind, String regex) {
        NAMES.put(kind, Pattern.compile("(?:" + NAMES.get(kind).pattern() + ")|(?:" + regex + ")"));
    }

    /** The kind a section name stands for, or empty when it is not a known postmortem section. */
    public static Optional<SectionKind> kindOf(String name) {
        return KINDS.get(name, SectionNames::kindOfName);
    }

    private static Optional<SectionKind> kindOfName(String name) {
        String normal = normalise(name);
        if (normal.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<SectionKind, Pattern> entry : NAMES.entrySet()) {
            if (entry.getValue().matcher(normal).matches()) {
                return Optional.of(entry.getKey());
            }
        }
        // "1. Immediate fix - restored connectivity": the name, then what the section holds (after a colon it is a
        // title, "RCA: object storage outage", or a field, "Root cause: …", which are read as such)
        Matcher described = DESCRIBED.matcher(normal);
        if (described.matches()) {
            Optional<SectionKind> kind = contentKind(described.group(1));
            if (kind.isPresent()) {
                return kind;
            }
        }
        return compoundKind(normal);
    }

    /**
     * "Follow-up actions and tasks", "Follow-up actions / remediations", "Prevention & next steps": names joined,
     * each read alone. The section is the kind all its parts name; parts that name different kinds ("detection and
     * root cause") leave it unknown, as before, rather than filing one part's text under the other, and so does a
     * part that names none ("**Incident response and monitoring:**", a group of action items, is no timeline).
     */
    private static Optional<SectionKind> compoundKind(String normal) {
        String[] parts = COMPOUND_JOINS.split(normal);
        if (parts.length < 2) {
            return Optional.empty();
        }
        Optional<SectionKind> agreed = contentKind(parts[0]);
        for (int i = 1; i < parts.length && agreed.isPresent(); i++) {
            if (!contentKind(parts[i]).equals(agreed)) {
                return Optional.empty();
            }
        }
        return agreed;
    }

    /** The kind of a section with content of its own (not a metadata field, not OTHER) whose whole name is given. */
    private static Optional<SectionKind> contentKind(String name) {
        for (Map.Entry<SectionKind, Pattern> entry : NAMES.entrySet()) {
            if (!entry.getKey().isMetadata() && entry.getKey() != SectionKind.OTHER
                    && entry.getValue().matcher(name).matches()) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** The name in the form matched: lower case, {@code &} as {@code and}, without decoration. */
    static String normalise(String name) {
        return NORMAL_FORMS.get(name, SectionNames::normalForm);
    }

    private static String normalForm(String name) {
        String text = name.toLowerCase(Locale.ROOT).replace('’', '\'').replace('\u00a0', ' ');
        text = PICTOGRAPHS.matcher(text).replaceAll(" ");
        text = EMOJI_SHORTCODE.matcher(text).replaceAll(" ");
        text = FOOTNOTE.matcher(text).replaceAll(" ");
        text = WIKI_EDIT_LINK.matcher(text).replaceFirst("");
        text = text.replace("(s)", "").replace("&", " and ");
        text = PARENTHESISED.matcher(text).replaceAll(" ");
        text = text.replaceAll("[*_`#]+", " ").replaceAll("\\s+", " ").trim();
        text = BRACKETED.matcher(text).replaceFirst("$1$2");
        text = LEADING_NUMBER.matcher(text).replaceFirst("");
        text = CONVERSATIONAL_LEAD.matcher(text).replaceFirst("");
        text = text.replaceAll("[\\s:?.!´]+$", "");
        text = GLUED_DIGITS.matcher(text).replaceFirst("");
        text = text.replaceAll("\\s*/\\s*", " / ").replace(" / time", "/time").replaceAll("\\s+", " ").trim();
        return text.replaceAll("[\\s:]+$", "");
    }
}
