package dev.opshistory.app.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.opshistory.app.generate.PagerDutyAccount.Service;
import dev.opshistory.app.generate.PagerDutyAccount.Team;
import dev.opshistory.app.generate.PagerDutyAccount.User;
import java.io.IOException;

/** PagerDuty's reference objects ({@code id, type, summary, self, html_url}), written field by field. */
final class PagerDutyRefs {

    private PagerDutyRefs() {
    }

    static void user(JsonGenerator json, String field, User user) throws IOException {
        json.writeFieldName(field);
        user(json, user);
    }

    static void user(JsonGenerator json, User user) throws IOException {
        ref(json, user.id(), "user_reference", user.name(), "/users/", "/users/");
    }

    static void service(JsonGenerator json, String field, Service service) throws IOException {
        json.writeFieldName(field);
        service(json, service);
    }

    static void service(JsonGenerator json, Service service) throws IOException {
        ref(json, service.id(), "service_reference", service.name(), "/services/", "/service-directory/");
    }

    static void team(JsonGenerator json, Team team) throws IOException {
        ref(json, team.id(), "team_reference", team.name(), "/teams/", "/teams/");
    }

    static void policy(JsonGenerator json, String field, Service service) throws IOException {
        json.writeFieldName(field);
        ref(json, service.policyId(), "escalation_policy_reference", service.policyName(), "/escalation_policies/",
                "/escalation_policies/");
    }

    static void incident(JsonGenerator json, String field, PdIncident incident) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("id", incident.id);
        json.writeStringField("type", "incident_reference");
        json.writeStringField("summary", incident.summary());
        json.writeStringField("self", incident.self());
        json.writeStringField("html_url", incident.htmlUrl());
        json.writeEndObject();
    }

    private static void ref(JsonGenerator json, String id, String type, String summary, String apiPath, String webPath)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("type", type);
        json.writeStringField("summary", summary);
        json.writeStringField("self", PagerDutyAccount.API + apiPath + id);
        json.writeStringField("html_url", PagerDutyAccount.WEB + webPath + id);
        json.writeEndObject();
    }
}
