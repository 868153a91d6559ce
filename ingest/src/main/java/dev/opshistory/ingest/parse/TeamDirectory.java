package dev.opshistory.ingest.parse;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Opsgenie team names by team id (and service names by service id), for one ingest run. Opsgenie alert list items
 * name their teams by id only ({@code teams: [{id}]}, {@code ownerTeamId}, responders {@code {type: team, id}}), and incidents their
 * {@code ownerTeam}; a report grouped by a UUID says nothing to its reader. The names come from a
 * {@code GET /v2/teams} response among the inputs ({@link TeamsLookup}), loaded before the exports.
 *
 * <p>An id the directory does not know stays the id (a team deleted since, or no lookup given), and is remembered
 * so that the run can say how many ids kept no name. Used from the parsing thread only.
 */
public final class TeamDirectory {

    /** Distinct unknown ids remembered; more are counted as this many (a hostile export could invent millions). */
    private static final int MAX_UNNAMED = 100_000;

    private final Map<String, String> names;
    private final Map<String, String> services;
    private final Set<String> unnamed = new HashSet<>();
    private final Set<String> unnamedServices = new HashSet<>();

    private TeamDirectory(Map<String, String> names, Map<String, String> services) {
        this.names = Map.copyOf(names);
        this.services = Map.copyOf(services);
    }

    /** A directory that knows no team: every id stays an id. */
    public static TeamDirectory empty() {
        return new TeamDirectory(Map.of(), Map.of());
    }

    /** A directory of these team names by id. */
    public static TeamDirectory of(Map<String, String> namesById) {
        return new TeamDirectory(namesById, Map.of());
    }

    /** A directory of these team names, and of these service names (an Opsgenie services list), by id. */
    public static TeamDirectory of(Map<String, String> teamNamesById, Map<String, String> serviceNamesById) {
        return new TeamDirectory(teamNamesById, serviceNamesById);
    }

    /**
     * The service's name from a services list among the inputs, or the id itself when there is none (remembered as
     * unnamed); null for null.
     * An Opsgenie incident names its {@code impactedServices} by id only.
     */
    public String serviceNameOf(String id) {
        return nameOf(id, services, unnamedServices);
    }

    /**
     * The team's name, or the id itself when the directory has none (remembered as unnamed); null for null.
     *
     * @param id a team id as an export wrote it
     */
    public String nameOf(String id) {
        return nameOf(id, names, unnamed);
    }

    private static String nameOf(String id, Map<String, String> names, Set<String> unnamed) {
        if (id == null) {
            return null;
        }
        String name = names.get(id);
        if (name != null) {
            return name;
        }
        if (unnamed.size() < MAX_UNNAMED) {
            unnamed.add(id);
        }
        return id;
    }

    /** How many teams the directory names. */
    public int size() {
        return names.size();
    }

    /** How many distinct team ids were asked for and had no name (at most {@value #MAX_UNNAMED}). */
    public int unnamedIds() {
        return unnamed.size();
    }

    /** How many distinct service ids were asked for and had no name (at most {@value #MAX_UNNAMED}). */
    public int unnamedServiceIds() {
        return unnamedServices.size();
    }
}
