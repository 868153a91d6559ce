<#--
  The same section as operational-history.md.ftl, as one self-contained page: inline CSS, the charts' SVG
  inline, no script, no external reference (nothing is fetched when it is opened). FreeMarker's HTML output
  format escapes every ${...}; only the charts' SVG, written and escaped by JFreeSVG, goes in with ?no_esc.
-->
<#-- A postmortem's duration in its authors' words; when they give none, how long the incidents it names took to resolve. -->
<#macro postmortemDuration p><#if p.duration?? && p.duration?trim?has_content>${fmt.sentence(fmt.excerpt(p.duration, 200), "not stated")}<#elseif p.namedResolveMinutes??>not stated; <#if p.namedIncidents gt 1>the longest of the ${p.namedIncidents} incidents it names<#else>the incident it names</#if> took ${fmt.duration(p.namedResolveMinutes)} to resolve.<#else>not stated.</#if></#macro>
<#macro share value=""><#if value?is_number>${(value * 100)?string("0.0")}%<#else>–</#if></#macro>
<#macro minutes value=""><#if value?is_number>${value?string("0.0")}<#else>–</#if></#macro>
<#macro num value=""><#if value?is_number><#if value == value?floor>${value?string("0")}<#else>${value?string("0.0")}</#if><#else>–</#if></#macro>
<#macro change value=""><#if value?is_number><#if value gt 0>+</#if>${(value * 100)?string("0.0")}%<#else>–</#if></#macro>
<#macro source s>${s.label}: ${s.files} file<#if s.files != 1>s</#if>, ${s.read?string(",##0")} record<#if s.read != 1>s</#if><#if s.rejected gt 0>, ${s.rejected?string(",##0")} rejected</#if><#if s.folded gt 0>, ${s.folded?string(",##0")} folded into other events</#if></#macro>
<#macro groups title key rows empty><#if rows?has_content>
<table>
<tr><th>${title}</th><th>Alerts</th><th>Actionable</th><th>Repeated</th></tr>
<#list rows as g><tr><td>${g[key]!empty}</td><td class="n">${g.alerts}</td><td class="n">${g.actionable}</td><td class="n">${g.repeated}</td></tr>
</#list>
</table>
</#if></#macro>
<#macro moreFiles f>${f.filesNotShown()} more file<#if f.filesNotShown() != 1>s</#if>, <#if f.rejectedNotShown() == 0>every record accepted<#else>${f.rejectedNotShown()?string(",##0")} of their records rejected</#if>: all files are in <code>csv/reconciliation-files.csv</code></#macro>
<#-- A breakdown cut for reading (ReportData.BREAKDOWN_SHOWN rows): how many rows there are, and where all of them are. -->
<#macro more all shown what order csv><#if (all?size > shown?size)>
<p class="muted">${all?size} ${what} in all; the ${shown?size} ${order} are listed. All are in <code>csv/${csv}</code>.</p>
</#if></#macro>
<#-- The report's own advice texts (suggestions, investments) mark code as Markdown does, `for:`: shown as <code>, every part still escaped. -->
<#macro advice text><#list text?split("`") as part><#if part?index % 2 == 1><code>${part}</code><#else>${part}</#if></#list></#macro>
<#macro chart name><#list charts as c><#if c.name == name><figure class="chart" id="figure-${c.name}">${c.svg?no_esc}<figcaption>${c.title}</figcaption></figure></#if></#list></#macro>
<#assign r = report>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${r.title}</title>
<style>
body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2rem auto; max-width: 64rem; color: #222; line-height: 1.45; padding: 0 1rem; }
h1 { font-size: 1.6rem; border-bottom: 2px solid #ddd; padding-bottom: .3rem; }
h2 { font-size: 1.25rem; margin-top: 2.2rem; border-bottom: 1px solid #eee; }
table { border-collapse: collapse; margin: .8rem 0; font-size: .9rem; }
th, td { border: 1px solid #ddd; padding: .3rem .6rem; vertical-align: top; }
th { background: #f5f5f5; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.overdue { color: #b71c1c; font-weight: bold; }
figure.chart { margin: 1rem 0; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { font-size: .85rem; color: #555; }
ol.findings li { margin: .3rem 0; }
.muted { color: #666; }
</style>
</head>
<body>
<h1>${r.title}</h1>
<p><#if periodFrom?? && periodTo?? && r.periodFromPostmortems>Period: ${periodFrom} to ${periodTo} (${timeZone}), both included, from the postmortems' dates: the warehouse has no alerts or incidents.<#elseif periodFrom?? && periodTo??>Period: ${periodFrom} to ${periodTo} (${timeZone}), both included.<#else>Period: none yet — the warehouse has no events.</#if>
<#if r.methodology.services?has_content> Services: <#list r.methodology.services as s>${s}<#sep>, </#list>.</#if>
<#if r.methodology.teams?has_content> Teams: <#list r.methodology.teams as t>${t}<#sep>, </#list>.</#if></p>

<h2 id="summary">Summary</h2>
<table>
<tr><th>Events</th><th>Count</th></tr>
<tr><td>Alerts</td><td class="n">${r.totals.alerts}</td></tr>
<tr><td>Pages (high urgency or SEV1–SEV3)</td><td class="n">${r.pages.pages}</td></tr>
<tr><td>Incidents (declared records; a PagerDuty incident is the alert that paged)</td><td class="n">${r.totals.incidents}</td></tr>
<tr><td>Postmortems</td><td class="n">${r.totals.postmortems}</td></tr>
</table>
<#if r.sources()?has_content>
<p>Sources (export files per format; each file is listed under Data quality):</p>
<ul class="sources">
<#list r.sources() as src><li><@source s=src /></li>
</#list>
</ul>
</#if>
<#if r.findings?has_content>
<p>Findings that matter most (ranked by the score in <a href="#methodology">Methodology</a>):</p>
<ol class="findings">
<#list r.findings as finding><li>${finding.text}</li>
</#list>
</ol>
<#else>
<p class="muted">No finding stands out.</p>
</#if>

<h2 id="volume">Alert volume by severity</h2>
<#if r.series?has_content && r.totals.alerts gt 0>
<table>
<tr><th>${(r.bucketSize.unit() == "week")?then("Week of (UTC)", "Month (UTC)")}</th><th>SEV1</th><th>SEV2</th><th>SEV3</th><th>SEV4</th><th>SEV5</th><th>Unknown</th><th>Total</th></tr>
<#list r.series as b>
<tr><td>${r.bucketSize.label(b.start)}</td><td class="n">${b.counts.sev1}</td><td class="n">${b.counts.sev2}</td><td class="n">${b.counts.sev3}</td><td class="n">${b.counts.sev4}</td><td class="n">${b.counts.sev5}</td><td class="n">${b.counts.unknown}</td><td class="n">${b.counts.total()}</td></tr>
</#list>
</table>
</#if>
<@chart name="severity-volume"/>
<@groups title="Service" key="service" rows=r.byServiceShown() empty="(no service)"/>
<@more all=r.byService shown=r.byServiceShown() what="services" order="with the most alerts" csv="by-service.csv"/>
<@groups title="Team" key="team" rows=r.byTeamShown() empty="(no team)"/>
<@more all=r.byTeam shown=r.byTeamShown() what="teams" order="with the most alerts" csv="by-team.csv"/>
<@groups title="Queue (escalation policy)" key="queue" rows=r.byQueueShown() empty="(no queue)"/>
<@more all=r.byQueue shown=r.byQueueShown() what="queues" order="with the most alerts" csv="by-queue.csv"/>

<h2 id="actionability">Actionability</h2>
<table>
<tr><th>Class</th><th>Alerts</th><th>Share</th></tr>
<#list r.actionability as a><tr><td>${a.actionability}</td><td class="n">${a.alerts}</td><td class="n"><@share value=a.share /></td></tr>
</#list>
<tr><td>Repeated (flag)</td><td class="n">${r.flags.repeated}</td><td class="n"><@share value=r.flags.repeatedShare() /></td></tr>
<tr><td>Flapping (flag)</td><td class="n">${r.flags.flapping}</td><td class="n"><@share value=r.flags.flappingShare() /></td></tr>
</table>
<@chart name="actionability"/>
<#if r.noisiestFingerprints?has_content>
<table>
<tr><th>Example title</th><th>Service</th><th>Alerts</th><th>Non-actionable</th><th>Auto-resolved</th><th>Median to resolve</th><th>Off-hours</th><th>Suggestion</th></tr>
<#list r.noisiestFingerprints as n><tr><td>${n.exampleTitle!"(untitled)"}</td><td>${n.service!"(no service)"}</td><td class="n">${n.alerts}</td><td class="n">${n.nonActionable + n.falsePositive}</td><td class="n"><@share value=n.autoResolvedShare() /></td><td class="n">${fmt.duration(n.medianResolveMinutes)}</td><td class="n"><@share value=n.offHoursShare() /></td><td><@advice text=n.suggestion.text() /></td></tr>
</#list>
</table>
</#if>
<@chart name="noisy-fingerprints"/>

<h2 id="response">Response</h2>
<table>
<tr><th>Measure (minutes)</th><th>Alerts</th><th>Median</th><th>p90</th><th>Mean</th></tr>
<#list [["Time to acknowledge (MTTA)", r.response.timeToAcknowledge], ["Time to resolve (MTTR)", r.response.timeToResolve]] as m>
<tr><td>${m[0]}</td><td class="n">${m[1].count}</td><td class="n"><@minutes value=m[1].median /></td><td class="n"><@minutes value=m[1].p90 /></td><td class="n"><@minutes value=m[1].mean /></td></tr>
</#list>
</table>
<#if r.responseByService?has_content>
<table>
<tr><th>Service</th><th>Alerts</th><th>MTTA median</th><th>MTTA p90</th><th>MTTR median</th><th>MTTR p90</th></tr>
<#list r.responseByServiceShown() as s><tr><td>${s.service!"(no service)"}</td><td class="n">${s.alerts}</td><td class="n"><@minutes value=s.timeToAcknowledge.median /></td><td class="n"><@minutes value=s.timeToAcknowledge.p90 /></td><td class="n"><@minutes value=s.timeToResolve.median /></td><td class="n"><@minutes value=s.timeToResolve.p90 /></td></tr>
</#list>
</table>
<@more all=r.responseByService shown=r.responseByServiceShown() what="services" order="with the most alerts" csv="response-by-service.csv"/>
</#if>
<@chart name="response-distribution"/>
<p>Pages: ${r.pages.pages}; after hours ${r.pages.afterHours} (<@share value=r.pages.afterHoursShare() />); sleep hours ${r.pages.sleep} (<@share value=r.pages.sleepShare() />), in ${timeZone}.</p>
<@chart name="pages-heatmap"/>
<p>Pages per 12-hour on-call shift (08–20, 20–08) per on-call rota (the escalation policy, else the team paged); the SRE book's guide is at most ${rules.shiftGuide}. Shifts over it: ${r.onCall.shiftsOverGuide} of ${r.onCall.shifts} (<@share value=r.onCall.shareOverGuide() />).</p>
<#if r.onCall.byQueue?has_content>
<table>
<tr><th>On-call rota</th><th>Shifts</th><th>Pages</th><th>Median per shift</th><th>Most in a shift</th><th>Shifts over ${rules.shiftGuide}</th></tr>
<#list r.onCallShown() as q><tr><td>${q.queue}</td><td class="n">${q.shifts}</td><td class="n">${q.pages}</td><td class="n"><@minutes value=q.medianPages /></td><td class="n">${q.maxPages}</td><td class="n">${q.shiftsOverGuide}</td></tr>
</#list>
</table>
<@more all=r.onCall.byQueue shown=r.onCallShown() what="on-call rotas" order="most loaded" csv="shifts-by-queue.csv"/>
</#if>

<h2 id="root-causes">Root-cause patterns</h2>
<table>
<#assign withAlerts = (r.totals.alerts > 0) withIncidents = (r.totals.incidents > 0) withPostmortems = (r.totals.postmortems > 0)>
<tr><th>Root cause</th><#if withAlerts><th>Alerts (human / inferred)</th><th>Share</th><th>Earlier</th></#if><#if withIncidents><th>Incidents (human / inferred)</th><th>Share</th><th>Earlier</th></#if><#if withPostmortems><th>Postmortems</th><th>Share</th><th>Earlier</th></#if><th>Points to investing in</th></tr>
<#list r.rootCauses as c><#if c.seen()><tr><td>${c.category}</td><#if withAlerts><td class="n">${c.alerts} (${c.alertsHuman} / ${c.alertsInferred()})</td><td class="n"><@share value=c.alertShare /></td><td class="n"><@share value=c.earlierAlertShare /></td></#if><#if withIncidents><td class="n">${c.incidents} (${c.incidentsHuman} / ${c.incidentsInferred()})</td><td class="n"><@share value=c.incidentShare /></td><td class="n"><@share value=c.earlierIncidentShare /></td></#if><#if withPostmortems><td class="n">${c.postmortems}</td><td class="n"><@share value=c.postmortemShare /></td><td class="n"><@share value=c.earlierPostmortemShare /></td></#if><td><@advice text=c.investment /></td></tr>
</#if></#list>
</table>
<#if r.hasPostmortemRootCauses()>
<p class="muted">A postmortem's category is read by the rules from the authors' own text (its summary, root-cause, trigger and resolution sections).<#if (r.undatedPostmortems() > 0)> ${r.undatedPostmortems()} undated postmortem<#if (r.undatedPostmortems() > 1)>s count<#else> counts</#if> in this period (the review was given <#if (r.undatedPostmortems() > 1)>them<#else>it</#if>) but in no earlier window.</#if></p>
</#if>
<@chart name="root-causes"/>

<h2 id="incidents">Significant incidents and postmortems</h2>
<#if r.significantIncidents?has_content>
<#assign shown = r.significantIncidentsShown()>
<table>
<tr><th>Date</th><th>Incident</th><th>Service</th><th>Severity</th><th>Duration</th><th>Impact</th><th>Root cause (human)</th><th>Root cause (inferred)</th><th>Postmortem</th><th>Source</th></tr>
<#list shown as i><tr><td>${fmt.instant(i.createdAt)}</td><td>${i.title!"(untitled)"}</td><td>${i.service!"(no service)"}</td><td>${i.severity}</td><td class="n">${fmt.duration(i.minutesToResolve)}</td><td>${fmt.excerpt(i.impact!"–", 200)}</td><td>${fmt.excerpt(i.rootCauseHuman!"–", 200)}</td><td>${i.rootCauseInferred!"–"}</td><td>${i.postmortemTitle!i.postmortemId!"none"}</td><td><#if i.url?? && (i.url?starts_with("https://") || i.url?starts_with("http://"))><a href="${i.url}" rel="noreferrer noopener">link</a><#else>–</#if></td></tr>
</#list>
</table>
<#if (r.significantIncidents?size > shown?size)>
<p class="muted">${r.significantIncidents?size} significant incidents (major, P1/P2, or named by a postmortem); the ${shown?size} listed are those named by a postmortem, then the most severe and longest. All are in <code>csv/significant-incidents.csv</code>.</p>
</#if>
<#else>
<p class="muted">No significant incident in the period.</p>
</#if>
<#if (r.postmortems?size > r.postmortemsShown()?size)>
<p class="muted">${r.postmortems?size} postmortems in the period; the ${r.postmortemsShown()?size} newest are listed, newest first. All are in <code>csv/postmortems.csv</code>, their action items in <code>csv/action-items.csv</code>; texts longer than 400 characters are cut here (…) and whole there.</p>
</#if>
<#list r.postmortemsShown() as p>
<h3>Postmortem: ${p.title!p.eventId}</h3>
<p>Date: ${fmt.day(p.createdAt)}. Duration: <@postmortemDuration p=p /> Impact: ${fmt.sentence(fmt.excerpt(p.impact!, 400), "not stated")} <#if p.rootCauseText??>Root cause (written): ${fmt.excerpt(p.rootCauseText, 400)}<#if p.rootCause??> (filed as ${p.rootCause})</#if><#else>Root cause: not written<#if p.rootCause??>; the rules read ${p.rootCause} from the text</#if></#if>.</p>
<#if p.items?has_content>
<table>
<tr><th>Action item</th><th>Owner</th><th>Type</th><th>Status</th><th>Overdue</th></tr>
<#list p.items as item><tr><td>${item.text!"(no text)"}</td><td>${item.owner!"–"}</td><td>${item.type!"–"}</td><td>${item.status!"–"}</td><td><#if item.overdue><span class="overdue">OVERDUE</span><#else>no</#if></td></tr>
</#list>
</table>
</#if>
<#if p.recurrences?has_content>
<table>
<tr><th>Recurred after the postmortem</th><th>Alerts</th><th>First</th><th>Last</th></tr>
<#list p.recurrences as rec><tr><td>${rec.exampleTitle!rec.fingerprint}</td><td class="n">${rec.alerts}</td><td>${fmt.instant(rec.first)}</td><td>${fmt.instant(rec.last)}</td></tr>
</#list>
</table>
</#if>
</#list>

<h2 id="runbooks">Runbook coverage</h2>
<p>Alerts with a runbook link: ${r.runbooks.alertsWith}, without: ${r.runbooks.alertsWithout}. Alarms with one: ${r.runbooks.fingerprintsWith} of ${r.runbooks.fingerprints} (<@share value=r.runbooks.fingerprintShare() />).</p>
<#if r.runbooks.missing?has_content>
<table>
<tr><th>Alarm without a runbook</th><th>Service</th><th>Alerts</th></tr>
<#list r.runbooks.missing as m><tr><td>${m.exampleTitle!m.fingerprint}</td><td>${m.service!"(no service)"}</td><td class="n">${m.alerts}</td></tr>
</#list>
</table>
</#if>

<h2 id="trend">Trend</h2>
<#if r.trend.mode == "NONE">
<p class="muted">No period to compare.</p>
<#elseif !r.trend.comparesEvents()>
<p class="muted">No alerts or incidents in either window to compare.</p>
<#else>
<p><#if r.trend.mode == "PREVIOUS_PERIOD">The period against the equal span before it.<#else>The period's second half against its first (the data does not reach back a whole period).</#if></p>
<table>
<tr><th>Figure</th><th>Earlier</th><th>Later</th><th>Change</th><th>Beyond chance</th></tr>
<#list r.trend.rows() as row><tr><td>${row.label}</td><td class="n"><#if row.key?ends_with("share")><@share value=row.earlier /><#else><@num value=row.earlier /></#if></td><td class="n"><#if row.key?ends_with("share")><@share value=row.later /><#else><@num value=row.later /></#if></td><td class="n"><@change value=row.change /></td><td><#if row.beyondChance??>${row.beyondChance?then("yes", "no")}<#else>–</#if></td></tr>
</#list>
</table>
<@chart name="trend"/>
</#if>

<h2 id="risks">Risk matrix (draft)</h2>
<#if r.risks?has_content>
<table>
<tr><th>Risk</th><th>Impact</th><th>Severity (1–5)</th><th>Likelihood (1–5)</th><th>Mitigations</th></tr>
<#list r.risks as risk><tr><td>${risk.risk}</td><td>${risk.impact}</td><td class="n">${risk.severity}</td><td class="n">${risk.likelihood}</td><td><@advice text=risk.mitigations /></td></tr>
</#list>
</table>
<#else>
<p class="muted">No incident, actionable alert or postmortem to draw risks from.</p>
</#if>
<#if r.baseline??>

<h2 id="baseline">Against the earlier review</h2>
<p>Baseline: ${r.baseline.file}<#if r.baseline.title??> (${r.baseline.title})</#if>.</p>
<table>
<tr><th>Headline figure</th><th>Baseline</th><th>Now</th></tr>
<#list r.baseline.rows as row><tr><td>${row.label}</td><td class="n"><#if row.key?ends_with("share")><@share value=row.baseline /><#else><@num value=row.baseline /></#if></td><td class="n"><#if row.key?ends_with("share")><@share value=row.current /><#else><@num value=row.current /></#if></td></tr>
</#list>
</table>
</#if>

<h2 id="data-quality">Data quality</h2>
<p>Records from the exports: read=${r.reconciliation.read} accepted=${r.reconciliation.accepted} rejected=${r.reconciliation.rejected} (folded: ${r.reconciliation.folded}; duplicates: ${r.reconciliation.duplicates}).</p>
<#if r.reconciliation.files?has_content>
<table>
<tr><th>Export file</th><th>Format</th><th>Read</th><th>Accepted</th><th>Rejected</th><th>Folded</th><th>Duplicates</th></tr>
<#list r.reconciliation.filesShown() as f><tr><td>${f.file!"(unnamed)"}</td><td>${f.format!"(not recognised)"}</td><td class="n">${f.read}</td><td class="n">${f.accepted}</td><td class="n">${f.rejected}</td><td class="n">${f.folded}</td><td class="n">${f.duplicates!"–"}</td></tr>
</#list>
</table>
<#if (r.reconciliation.filesNotShown() > 0)>
<p><@moreFiles f=r.reconciliation />.</p>
</#if>
</#if>
<#if r.reconciliation.orphans?has_content>
<p>${r.reconciliation.orphaned()?string(",##0")} folded record<#if r.reconciliation.orphaned() != 1>s</#if> found no event to fold into: the exports did not hold the incident or alert they belong to (export it too).</p>
<table>
<tr><th>Export file (no event)</th><th>Records</th><th>Missing events</th><th>For example</th></tr>
<#list r.reconciliation.orphans as o><tr><td>${o.file!"(unnamed)"}</td><td class="n">${o.records}</td><td class="n">${o.missingEvents}</td><td>${o.exampleEvent!""}</td></tr>
</#list>
</table>
</#if>
<#if r.rejectReasons?has_content>
<table>
<tr><th>Reject reason</th><th>Records</th></tr>
<#list r.rejectReasons as reason><tr><td>${reason.shortReason()}</td><td class="n">${reason.rejects}</td></tr>
</#list>
</table>
</#if>
<p>Left UNKNOWN: actionability ${r.quality.unknownActionability} (<@share value=r.quality.unknownActionabilityShare() />), severity ${r.quality.unknownSeverity}, root cause ${r.quality.unknownRootCause}. Overridden: ${r.quality.overridden}.</p>
<#if r.quality.gaps?has_content>
<ul><#list r.quality.gaps as gap><li>No events from ${gap.first} to ${gap.last} (${gap.days} days).</li></#list></ul>
</#if>
<#if r.quality.truncatedExports?has_content>
<ul><#list r.quality.truncatedExports as file><li>${file} holds exactly 20,000 records, PagerDuty's CSV export limit: it looks truncated.</li></#list></ul>
</#if>
<#if r.notes?has_content>
<ul><#list r.notes as note><li>${note}</li></#list></ul>
</#if>

<h2 id="methodology">Methodology</h2>
<ul>
<#list methodology as line><li>${line}</li>
</#list>
</ul>
</body>
</html>
