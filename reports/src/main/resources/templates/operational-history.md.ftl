<#--
  The Review of Operational History section of a production readiness review (DESIGN.md §6), in
  GitHub-flavoured Markdown. Headings start at level 2 so that the section pastes under a document's own
  title. Every ${...} is escaped by MarkdownOutputFormat: text from the exports cannot break a table or
  carry HTML. The model is ReportData (as `report`), the charts, the period formatted in the report's time zone,
  `fmt` (instants, durations) and `rules` (the constants the Methodology section prints).
-->
<#-- A null argument takes the default: not a number, shown as a dash. -->
<#-- A postmortem's duration in its authors' words; when they give none, how long the incidents it names took to resolve. -->
<#macro postmortemDuration p><#if p.duration?? && p.duration?trim?has_content>${fmt.sentence(fmt.excerpt(p.duration, 200), "not stated")}<#elseif p.namedResolveMinutes??>not stated; <#if p.namedIncidents gt 1>the longest of the ${p.namedIncidents} incidents it names<#else>the incident it names</#if> took ${fmt.duration(p.namedResolveMinutes)} to resolve.<#else>not stated.</#if></#macro>
<#macro share value=""><#if value?is_number>${(value * 100)?string("0.0")}%<#else>–</#if></#macro>
<#macro minutes value=""><#if value?is_number>${value?string("0.0")}<#else>–</#if></#macro>
<#macro num value=""><#if value?is_number><#if value == value?floor>${value?string("0")}<#else>${value?string("0.0")}</#if><#else>–</#if></#macro>
<#macro change value=""><#if value?is_number><#if value gt 0>+</#if>${(value * 100)?string("0.0")}%<#else>–</#if></#macro>
<#macro source s>${s.label}: ${s.files} file<#if s.files != 1>s</#if>, ${s.read?string(",##0")} record<#if s.read != 1>s</#if><#if s.rejected gt 0>, ${s.rejected?string(",##0")} rejected</#if><#if s.folded gt 0>, ${s.folded?string(",##0")} folded into other events</#if></#macro>
<#macro moreFiles f>${f.filesNotShown()} more file<#if f.filesNotShown() != 1>s</#if>, <#if f.rejectedNotShown() == 0>every record accepted<#else>${f.rejectedNotShown()?string(",##0")} of their records rejected</#if>: all files are in `csv/reconciliation-files.csv`</#macro>
<#-- A breakdown cut for reading (ReportData.BREAKDOWN_SHOWN rows): how many rows there are, and where all of them are. -->
<#macro more all shown what order csv><#if (all?size > shown?size)>

${all?size} ${what} in all; the ${shown?size} ${order} are listed. All are in `csv/${csv?no_esc}`.
</#if></#macro>
<#-- The report's own advice texts (suggestions, investments) mark code with backticks: kept as code spans, the text
     between them escaped as every other value is. A code span takes no escapes, so a part with a backtick or a pipe
     (which would end a table cell) is never made one: advice texts have none. -->
<#macro advice text><#list text?split("`") as part><#if part?index % 2 == 1 && !part?contains("|")>`${part?no_esc}`<#else>${part}</#if></#list></#macro>
<#macro chart name><#list charts as c><#if c.name == name>

![${c.title}](charts/${c.name}.svg)
</#if></#list></#macro>
<#assign r = report>
<#assign bucketLabel = (r.bucketSize.unit() == "week")?then("Week of (UTC)", "Month (UTC)")>
## ${r.title}

<#if periodFrom?? && periodTo?? && r.periodFromPostmortems>
Period: ${periodFrom} to ${periodTo} (${timeZone}), both included, from the postmortems' dates: the warehouse has no alerts or incidents.
<#elseif periodFrom?? && periodTo??>
Period: ${periodFrom} to ${periodTo} (${timeZone}), both included.
<#elseif periodFrom??>
Period: from ${periodFrom} (${timeZone}); the warehouse has no events yet.
<#elseif periodTo??>
Period: up to ${periodTo} (${timeZone}); the warehouse has no events yet.
<#else>
Period: none yet — the warehouse has no events.
</#if>
<#if r.methodology.services?has_content>
Services: <#list r.methodology.services as s>${s}<#sep>, </#list>.
</#if>
<#if r.methodology.teams?has_content>
Teams: <#list r.methodology.teams as t>${t}<#sep>, </#list>.
</#if>

### Summary

| Events | Count |
|---|---:|
| Alerts | ${r.totals.alerts} |
| Pages (high urgency or SEV1–SEV3) | ${r.pages.pages} |
| Incidents (declared records; a PagerDuty incident is the alert that paged) | ${r.totals.incidents} |
| Postmortems | ${r.totals.postmortems} |
<#if r.sources()?has_content>

Sources (export files per format; each file is listed under Data quality): <#list r.sources() as src><@source s=src /><#sep>; </#list>.
</#if>
<#if r.findings?has_content>

Findings that matter most (ranked by the score in Methodology):

<#list r.findings as finding>
${finding?counter}. ${finding.text}
</#list>
<#else>

No finding stands out: nothing in the period scored above zero.
</#if>

### Alert volume by severity

<#if r.totals.alerts gt 0>
| Severity | Alerts | Share |
|---|---:|---:|
<#list r.bySeverity.byName() as severity, count>
| ${severity} | ${count} | <@share value=(count / r.totals.alerts) /> |
</#list>

</#if>
<#-- A period without alerts (postmortems alone, or bounds asked for) would be a table of zeros: decades of them. -->
<#if r.series?has_content && r.totals.alerts gt 0>
Alerts per ${r.bucketSize.unit()}<#if r.bucketSize.unit() == "week"> (ISO weeks, starting Monday)</#if>:

| ${bucketLabel} | SEV1 | SEV2 | SEV3 | SEV4 | SEV5 | Unknown | Total |
|---|---:|---:|---:|---:|---:|---:|---:|
<#list r.series as bucket>
| ${r.bucketSize.label(bucket.start)} | ${bucket.counts.sev1} | ${bucket.counts.sev2} | ${bucket.counts.sev3} | ${bucket.counts.sev4} | ${bucket.counts.sev5} | ${bucket.counts.unknown} | ${bucket.counts.total()} |
</#list>
<@chart name="severity-volume"/>
<#else>
No alerts to chart.
</#if>

<#if r.byService?has_content>
By service:

| Service | Alerts | Actionable | Repeated |
|---|---:|---:|---:|
<#list r.byServiceShown() as service>
| ${service.service!"(no service)"} | ${service.alerts} | ${service.actionable} | ${service.repeated} |
</#list>
<@more all=r.byService shown=r.byServiceShown() what="services" order="with the most alerts" csv="by-service.csv"/>

</#if>
<#if r.byTeam?has_content>
By team:

| Team | Alerts | Actionable | Repeated |
|---|---:|---:|---:|
<#list r.byTeamShown() as team>
| ${team.team!"(no team)"} | ${team.alerts} | ${team.actionable} | ${team.repeated} |
</#list>
<@more all=r.byTeam shown=r.byTeamShown() what="teams" order="with the most alerts" csv="by-team.csv"/>

</#if>
<#if r.byQueue?has_content>
By queue (escalation policy):

| Queue | Alerts | Actionable | Repeated |
|---|---:|---:|---:|
<#list r.byQueueShown() as queue>
| ${queue.queue!"(no queue)"} | ${queue.alerts} | ${queue.actionable} | ${queue.repeated} |
</#list>
<@more all=r.byQueue shown=r.byQueueShown() what="queues" order="with the most alerts" csv="by-queue.csv"/>

</#if>
### Actionability

<#if r.totals.alerts gt 0>
| Class | Alerts | Share |
|---|---:|---:|
<#list r.actionability as class>
| ${class.actionability} | ${class.alerts} | <@share value=class.share /> |
</#list>

Flags (an alert may carry both, in any class):

| Flag | Alerts | Share |
|---|---:|---:|
| Repeated | ${r.flags.repeated} | <@share value=r.flags.repeatedShare() /> |
| Flapping | ${r.flags.flapping} | <@share value=r.flags.flappingShare() /> |
<@chart name="actionability"/>
<#else>
No alerts in the period.
</#if>
<#if r.noisiestFingerprints?has_content>

Noisiest alerts, by fingerprint (service + title template), with what to do about each (rules in Methodology):

| Example title | Service | Alerts | Non-actionable | Auto-resolved | Median to resolve | Off-hours | Suggestion |
|---|---|---:|---:|---:|---:|---:|---|
<#list r.noisiestFingerprints as noisy>
| ${noisy.exampleTitle!"(untitled)"} | ${noisy.service!"(no service)"} | ${noisy.alerts} | ${noisy.nonActionable + noisy.falsePositive} | <@share value=noisy.autoResolvedShare() /> | ${fmt.duration(noisy.medianResolveMinutes)} | <@share value=noisy.offHoursShare() /> | <@advice text=noisy.suggestion.text() /> |
</#list>
<@chart name="noisy-fingerprints"/>
</#if>

### Response

<#assign ack = r.response.timeToAcknowledge>
<#assign resolve = r.response.timeToResolve>
Minutes from an alert's creation; quantiles interpolate between neighbouring values.

| Measure | Alerts | Median | p90 | Mean |
|---|---:|---:|---:|---:|
| Time to acknowledge (MTTA) | ${ack.count} | <@minutes value=ack.median /> | <@minutes value=ack.p90 /> | <@minutes value=ack.mean /> |
| Time to resolve (MTTR) | ${resolve.count} | <@minutes value=resolve.median /> | <@minutes value=resolve.p90 /> | <@minutes value=resolve.mean /> |
<#if r.responseByService?has_content>

Per service (minutes):

| Service (response) | Alerts | MTTA median | MTTA p90 | MTTA mean | MTTR median | MTTR p90 | MTTR mean |
|---|---:|---:|---:|---:|---:|---:|---:|
<#list r.responseByServiceShown() as s>
| ${s.service!"(no service)"} | ${s.alerts} | <@minutes value=s.timeToAcknowledge.median /> | <@minutes value=s.timeToAcknowledge.p90 /> | <@minutes value=s.timeToAcknowledge.mean /> | <@minutes value=s.timeToResolve.median /> | <@minutes value=s.timeToResolve.p90 /> | <@minutes value=s.timeToResolve.mean /> |
</#list>
<@more all=r.responseByService shown=r.responseByServiceShown() what="services" order="with the most alerts" csv="response-by-service.csv"/>
</#if>
<@chart name="response-distribution"/>

Pages (alerts of high urgency or SEV1–SEV3), in ${timeZone}:

| Pages | Count | Share |
|---|---:|---:|
| All pages | ${r.pages.pages} | <#if r.pages.pages gt 0>100.0%<#else>–</#if> |
| After hours (outside Mon–Fri 08–18) | ${r.pages.afterHours} | <@share value=r.pages.afterHoursShare() /> |
| Sleep hours (22–08) | ${r.pages.sleep} | <@share value=r.pages.sleepShare() /> |
<@chart name="pages-heatmap"/>

On-call load: pages per 12-hour shift (08–20 and 20–08 in ${timeZone}) per on-call rota (the escalation policy, else the team paged), counting only shifts wholly inside the period. The SRE book's guide is at most ${rules.shiftGuide} incidents per shift.
<#if r.onCall.shifts gt 0>

| Pages in a shift | Shifts |
|---:|---:|
<#list r.onCall.distribution as d>
| ${d.pages} | ${d.shifts} |
</#list>

Shifts over the guide: ${r.onCall.shiftsOverGuide} of ${r.onCall.shifts} (<@share value=r.onCall.shareOverGuide() />).

| On-call rota | Shifts | Pages | Median per shift | Most in a shift | Shifts over ${rules.shiftGuide} | Share over |
|---|---:|---:|---:|---:|---:|---:|
<#list r.onCallShown() as q>
| ${q.queue} | ${q.shifts} | ${q.pages} | <@minutes value=q.medianPages /> | ${q.maxPages} | ${q.shiftsOverGuide} | <@share value=q.shareOverGuide() /> |
</#list>
<@more all=r.onCall.byQueue shown=r.onCallShown() what="on-call rotas" order="most loaded" csv="shifts-by-queue.csv"/>
<#else>

No whole shift lies inside the period.
</#if>

### Root-cause patterns

<#if r.hasRootCauses()>
Human = named by a postmortem or a reviewer; inferred = the classifier's rules. The earlier share is the trend's earlier window.

<#-- A kind of event the period does not have gets no columns (a PagerDuty-only history declares no incidents). -->
<#assign withAlerts = (r.totals.alerts > 0) withIncidents = (r.totals.incidents > 0) withPostmortems = (r.totals.postmortems > 0)>
| Root cause |<#if withAlerts> Alerts (human / inferred) | Share of alerts | Earlier |</#if><#if withIncidents> Incidents (human / inferred) | Share of incidents | Earlier |</#if><#if withPostmortems> Postmortems | Share of postmortems | Earlier |</#if> Points to investing in |
|---|<#if withAlerts>---:|---:|---:|</#if><#if withIncidents>---:|---:|---:|</#if><#if withPostmortems>---:|---:|---:|</#if>---|
<#list r.rootCauses as c>
<#if c.seen()>
| ${c.category} |<#if withAlerts> ${c.alerts} (${c.alertsHuman} / ${c.alertsInferred()}) | <@share value=c.alertShare /> | <@share value=c.earlierAlertShare /> |</#if><#if withIncidents> ${c.incidents} (${c.incidentsHuman} / ${c.incidentsInferred()}) | <@share value=c.incidentShare /> | <@share value=c.earlierIncidentShare /> |</#if><#if withPostmortems> ${c.postmortems} | <@share value=c.postmortemShare /> | <@share value=c.earlierPostmortemShare /> |</#if> <@advice text=c.investment /> |
</#if>
</#list>
<#if r.hasPostmortemRootCauses()>

A postmortem's category is read by the rules from the authors' own text (its summary, root-cause, trigger and resolution sections).<#if (r.undatedPostmortems() > 0)> ${r.undatedPostmortems()} undated postmortem<#if (r.undatedPostmortems() > 1)>s count<#else> counts</#if> in this period (the review was given <#if (r.undatedPostmortems() > 1)>them<#else>it</#if>) but in no earlier window.</#if>
</#if>
<@chart name="root-causes"/>
<#else>
No alerts, incidents or dated postmortems in the period.
</#if>

### Significant incidents and postmortems

<#if r.significantIncidents?has_content>
| Date | Incident | Service | Severity | Duration | Impact | Root cause (human) | Root cause (inferred) | Postmortem | Link |
|---|---|---|---|---:|---|---|---|---|---|
<#assign shown = r.significantIncidentsShown()>
<#list shown as i>
| ${fmt.instant(i.createdAt)} | ${i.title!"(untitled)"} | ${i.service!"(no service)"} | ${i.severity} | ${fmt.duration(i.minutesToResolve)} | ${fmt.excerpt(i.impact!"–", 200)} | ${fmt.excerpt(i.rootCauseHuman!"–", 200)} | ${i.rootCauseInferred!"–"} | ${i.postmortemTitle!i.postmortemId!"none"} | ${i.url!"–"} |
</#list>
<#if (r.significantIncidents?size > shown?size)>

${r.significantIncidents?size} significant incidents (major, P1/P2, or named by a postmortem); the ${shown?size} listed are those named by a postmortem, then the most severe and longest. All are in `csv/significant-incidents.csv`.
</#if>
<#else>
No significant incident in the period.
</#if>
<#if (r.postmortems?size > r.postmortemsShown()?size)>

${r.postmortems?size} postmortems in the period; the ${r.postmortemsShown()?size} newest are listed, newest first. All are in `csv/postmortems.csv`, their action items in `csv/action-items.csv`; texts longer than 400 characters are cut here (…) and whole there.
</#if>
<#list r.postmortemsShown() as p>

**Postmortem: ${p.title!p.eventId}**

Date: ${fmt.day(p.createdAt)}. Duration: <@postmortemDuration p=p /> Impact: ${fmt.sentence(fmt.excerpt(p.impact!, 400), "not stated")} <#if p.rootCauseText??>Root cause (written): ${fmt.excerpt(p.rootCauseText, 400)}<#if p.rootCause??> (filed as ${p.rootCause})</#if><#else>Root cause: not written<#if p.rootCause??>; the rules read ${p.rootCause} from the text</#if></#if>. Source: ${p.sourceFile!"unknown"}.

<#if p.items?has_content>
| Action item | Owner | Type | Status | Overdue |
|---|---|---|---|---|
<#list p.items as item>
| ${item.text!"(no text)"} | ${item.owner!"–"} | ${item.type!"–"} | ${item.status!"–"} | <#if item.overdue>**OVERDUE**<#else>no</#if> |
</#list>

Action items: ${p.actionItems} (done ${p.done}, open ${p.open}<#if (p.actionItems - p.done - p.open > 0)>, no status written ${p.actionItems - p.done - p.open}</#if>, overdue ${p.overdue}).
<#else>
No action items recorded.
</#if>
<#if p.recurrences?has_content>

Alerts that recurred after this postmortem:

| Recurring alert | Alerts since | First | Last |
|---|---:|---|---|
<#list p.recurrences as rec>
| ${rec.exampleTitle!rec.fingerprint} | ${rec.alerts} | ${fmt.instant(rec.first)} | ${fmt.instant(rec.last)} |
</#list>
</#if>
</#list>

### Runbook coverage

<#assign rb = r.runbooks>
<#if rb.fingerprints gt 0>
| Runbook link | Alerts | Alarms (fingerprints) |
|---|---:|---:|
| With | ${rb.alertsWith} | ${rb.fingerprintsWith} |
| Without | ${rb.alertsWithout} | ${rb.fingerprints - rb.fingerprintsWith} |

The review asks for one playbook per alarm: <@share value=rb.fingerprintShare() /> of alarms have one.
<#if rb.missing?has_content>

| Alarm without a runbook | Service | Alerts |
|---|---|---:|
<#list rb.missing as m>
| ${m.exampleTitle!m.fingerprint} | ${m.service!"(no service)"} | ${m.alerts} |
</#list>
</#if>
<#else>
No alerts in the period.
</#if>

### Trend

<#if r.trend.mode == "NONE">
No period to compare.
<#elseif !r.trend.comparesEvents()>
No alerts or incidents in either window to compare.
<#else>
<#if r.trend.mode == "PREVIOUS_PERIOD">
The period against the equal span before it (${fmt.instant(r.trend.earlier.from)} to ${fmt.instant(r.trend.earlier.to)}).
<#else>
The data does not reach back a whole period, so the period's second half (from ${fmt.instant(r.trend.later.from)}) is compared with its first.
</#if>

| Figure | Earlier | Later | Change | Beyond chance |
|---|---:|---:|---:|---|
<#list r.trend.rows() as row>
| ${row.label} | <#if row.key?ends_with("share")><@share value=row.earlier /><#else><@num value=row.earlier /></#if> | <#if row.key?ends_with("share")><@share value=row.later /><#else><@num value=row.later /></#if> | <@change value=row.change /> | <#if row.beyondChance??>${row.beyondChance?then("yes", "no")}<#else>–</#if> |
</#list>
<@chart name="trend"/>
</#if>

### Risk matrix (draft)

<#if r.risks?has_content>
Drafted from the history (formulas in Methodology); review and complete before the readiness review.

| Risk | Impact | Severity (1–5) | Likelihood (1–5) | Mitigations |
|---|---|---:|---:|---|
<#list r.risks as risk>
| ${risk.risk} | ${risk.impact} | ${risk.severity} | ${risk.likelihood} | <@advice text=risk.mitigations /> |
</#list>
<#else>
No incident, actionable alert or postmortem in the period to draw risks from.
</#if>
<#if r.baseline??>

### Against the earlier review

Baseline: ${r.baseline.file}<#if r.baseline.title??> (${r.baseline.title})</#if>, period ${fmt.instant(r.baseline.periodFrom)} to ${fmt.instant(r.baseline.periodTo)}.

| Headline figure | Baseline | Now | Change |
|---|---:|---:|---:|
<#list r.baseline.rows as row>
| ${row.label} | <#if row.key?ends_with("share")><@share value=row.baseline /><#else><@num value=row.baseline /></#if> | <#if row.key?ends_with("share")><@share value=row.current /><#else><@num value=row.current /></#if> | <#if row.change?? && row.key?ends_with("share")><#if row.change gt 0>+</#if>${(row.change * 100)?string("0.0")} pts<#elseif row.change??><#if row.change gt 0>+</#if>${row.change?string("0.0")}<#else>–</#if> |
</#list>
</#if>

### Data quality

<#assign reconciliation = r.reconciliation>
Records from the exports: read=${reconciliation.read} accepted=${reconciliation.accepted} rejected=${reconciliation.rejected} (folded into other events: ${reconciliation.folded}; duplicates: ${reconciliation.duplicates}).
<#if reconciliation.files?has_content>

| Export file | Format | Read | Accepted | Rejected | Folded | Duplicates |
|---|---|---:|---:|---:|---:|---:|
<#list reconciliation.filesShown() as file>
| ${file.file!"(unnamed)"} | ${file.format!"(not recognised)"} | ${file.read} | ${file.accepted} | ${file.rejected} | ${file.folded} | ${file.duplicates!"–"} |
</#list>
<#if (reconciliation.filesNotShown() > 0)>

<@moreFiles f=reconciliation />.
</#if>
</#if>
<#if reconciliation.orphans?has_content>

${reconciliation.orphaned()?string(",##0")} folded record<#if reconciliation.orphaned() != 1>s</#if> found no event to fold into: the exports did not hold the incident or alert they belong to (export it too).

| Export file (no event) | Records | Missing events | For example |
|---|---:|---:|---|
<#list reconciliation.orphans as o>
| ${o.file!"(unnamed)"} | ${o.records} | ${o.missingEvents} | ${o.exampleEvent!""} |
</#list>
</#if>
<#if r.rejectReasons?has_content>

Most frequent reject reasons:

| Reason | Records |
|---|---:|
<#list r.rejectReasons as reason>
| ${reason.shortReason()} | ${reason.rejects} |
</#list>
</#if>
<#assign q = r.quality>

| What the classifier could not decide | Alerts | Share |
|---|---:|---:|
| Actionability UNKNOWN | ${q.unknownActionability} | <@share value=q.unknownActionabilityShare() /> |
| Severity UNKNOWN | ${q.unknownSeverity} | <@share value=q.unknownSeverityShare() /> |
| Root cause UNKNOWN | ${q.unknownRootCause} | <@share value=q.unknownRootCauseShare() /> |

Verdicts changed by a reviewer's override: ${q.overridden}. Texts cut at 64 KB: ${q.truncatedTexts}.
<#if q.gaps?has_content>

Gaps of ${r.methodology.minGapDays} or more days without any event (UTC) — an export may have missed them:

| First day | Last day | Days |
|---|---|---:|
<#list q.gaps as gap>
| ${gap.first} | ${gap.last} | ${gap.days} |
</#list>
</#if>
<#list q.truncatedExports as file>

- ${file} holds exactly 20,000 records, PagerDuty's CSV export limit: it looks truncated; export a shorter span.
</#list>
<#if r.notes?has_content>

<#list r.notes as note>
- ${note}
</#list>
</#if>

### Methodology

<#list methodology as line>
- ${line}
</#list>
