package dev.opshistory.ingest.hostile;

/**
 * Rows of PagerDuty's incidents CSV export with the 23 columns of FIELD_REFERENCE §5(a), shaped like the real
 * row on record ({@code src/test/resources/parse/csv-all-columns.csv}), for inputs built at test time.
 */
final class CsvRows {

    static final String HEADER = "id,incident_number,description,service_id,service_name,escalation_policy_id,"
            + "escalation_policy_name,created_on,resolved_on,seconds_to_first_ack,seconds_to_resolve,auto_resolved,"
            + "escalation_count,auto_escalation_count,acknowledge_count,assignment_count,acknowledged_by_user_ids,"
            + "acknowledged_by_user_names,assigned_to_user_ids,assigned_to_user_names,resolved_by_user_id,"
            + "resolved_by_user_name,urgency";

    private CsvRows() {
    }

    /** A row; {@code descriptionCell} is written as given (quote it yourself when it needs quotes). */
    static String row(String id, String descriptionCell) {
        return id + ",96832," + descriptionCell + ",P1SVC02,Edge,PEP0002,Edge Escalation,2023-02-27T03:00:00+00:00,"
                + "2023-02-27T03:02:00+00:00,30,120,1,0,0,2,2,PU00003; PU00004,Cy Diaz; Di Eng,PU00003,Cy Diaz,,,high";
    }
}
