<#--
  The Review of Operational History section of a production readiness review (DESIGN.md §6), in
  GitHub-flavoured Markdown. Headings start at level 2 so that the section pastes under a document's own
  title. Every ${...} is escaped by MarkdownOutputFormat: text from the exports cannot break a table or
  carry HTML. The model is ReportData (as `report`) plus the period formatted in the report's time zone.
-->
<#-- A null argument takes the default: not a number, shown as a dash. -->
<#macro share value=""><#if value?is_number>${(value * 100)?string("0.0")}%<#else>–</#if></#macro>
<#macro minutes value=""><#if value?is_number>${value?string("0.0")}<#else>–</#if></#macro>
<#assign r = report>
<#assign bucketLabel = (r.bucketSize.unit() == "week")?then("Week of (UTC)", "Month (UTC)")>
## ${r.title}

<#if periodFrom?? && periodTo??>
Period: ${periodFrom} to ${periodTo} (${timeZone}), both included.
<#elseif periodFrom??>
Period: from ${periodFrom} (${timeZone}); the warehouse has no events yet.
<#elseif periodTo??>
Period: up to ${periodTo} (${timeZone}); the warehouse has no events yet.
<#else>
Period: none yet — the warehouse has no events.
</#if>

### Summary

| Events | Count |
|---|---:|
| Alerts | ${r.totals.alerts} |
| Incidents | ${r.totals.incidents} |
| Postmortems | ${r.totals.postmortems} |

### Alert volume by severity

<#if r.totals.alerts gt 0>
| Severity | Alerts | Share |
|---|---:|---:|
<#list r.bySeverity.byName() as severity, count>
| ${severity} | ${count} | <@share value=(count / r.totals.alerts) /> |
</#list>

</#if>
<#if r.series?has_content>
Alerts per ${r.bucketSize.unit()}<#if r.bucketSize.unit() == "week"> (ISO weeks, starting Monday)</#if>:

| ${bucketLabel} | SEV1 | SEV2 | SEV3 | SEV4 | SEV5 | Unknown | Total |
|---|---:|---:|---:|---:|---:|---:|---:|
<#list r.series as bucket>
| ${bucket.start} | ${bucket.counts.sev1} | ${bucket.counts.sev2} | ${bucket.counts.sev3} | ${bucket.counts.sev4} | ${bucket.counts.sev5} | ${bucket.counts.unknown} | ${bucket.counts.total()} |
</#list>
<#else>
No alerts to chart.
</#if>

<#if r.byService?has_content>
By service:

| Service | Alerts | Actionable | Repeated |
|---|---:|---:|---:|
<#list r.byService as service>
| ${service.service!"(no service)"} | ${service.alerts} | ${service.actionable} | ${service.repeated} |
</#list>

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
<#else>
No alerts in the period.
</#if>
<#if r.noisiestFingerprints?has_content>

Noisiest alerts, by fingerprint (service + title template):

| Example title | Service | Alerts | Actionable | Repeated | Flapping |
|---|---|---:|---:|---:|---:|
<#list r.noisiestFingerprints as noisy>
| ${noisy.exampleTitle!"(untitled)"} | ${noisy.service!"(no service)"} | ${noisy.alerts} | ${noisy.actionable} | ${noisy.repeated} | ${noisy.flapping} |
</#list>
</#if>

### Response

<#assign ack = r.response.timeToAcknowledge>
<#assign resolve = r.response.timeToResolve>
Minutes from an alert's creation; quantiles interpolate between neighbouring values.

| Measure | Alerts | Median | p90 | Mean |
|---|---:|---:|---:|---:|
| Time to acknowledge (MTTA) | ${ack.count} | <@minutes value=ack.median /> | <@minutes value=ack.p90 /> | <@minutes value=ack.mean /> |
| Time to resolve (MTTR) | ${resolve.count} | <@minutes value=resolve.median /> | <@minutes value=resolve.p90 /> | <@minutes value=resolve.mean /> |

### Data quality

<#assign reconciliation = r.reconciliation>
Records from the exports: read=${reconciliation.read} accepted=${reconciliation.accepted} rejected=${reconciliation.rejected} (folded into other events: ${reconciliation.folded}; duplicates: ${reconciliation.duplicates}).
<#if reconciliation.files?has_content>

| Export file | Format | Read | Accepted | Rejected | Folded |
|---|---|---:|---:|---:|---:|
<#list reconciliation.files as file>
| ${file.file!"(unnamed)"} | ${file.format!"(not recognised)"} | ${file.read} | ${file.accepted} | ${file.rejected} | ${file.folded} |
</#list>
</#if>
<#if r.rejectReasons?has_content>

Most frequent reject reasons:

| Reason | Records |
|---|---:|
<#list r.rejectReasons as reason>
| ${reason.reason} | ${reason.rejects} |
</#list>
</#if>
<#if r.notes?has_content>

<#list r.notes as note>
- ${note}
</#list>
</#if>
