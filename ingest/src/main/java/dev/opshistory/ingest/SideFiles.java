package dev.opshistory.ingest;

import dev.opshistory.ingest.parse.TeamsLookup;
import dev.opshistory.ingest.parse.TeamDirectory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the side files among the inputs before any export is parsed, because the exports need what they hold:
 * every teams list (Opsgenie {@code GET /v2/teams}, Grafana OnCall {@code GET /api/v1/teams/}) and Opsgenie services
 * list ({@code GET /v1/services}), whatever its name, becomes part of the run's {@link TeamDirectory}, so that
 * Opsgenie records that name teams and services by id get the names. A file named {@code *.lookup.json} that is no
 * teams response is listed as an unused side file rather than parsed as an export (it is an id → name map of some other kind).
 * Everything else is left to the export parsers.
 *
 * <p>Each input is opened once more for this, but recognition reads at most a megabyte of it
 * ({@link TeamsLookup}), so a large export costs little.
 */
final class SideFiles {

    private static final Logger LOG = LoggerFactory.getLogger(SideFiles.class);
    private static final String LOOKUP_SUFFIX = ".lookup.json";

    /**
     * What the side files gave.
     *
     * @param teams the team names of every teams lookup found
     * @param files the side files, in input order
     * @param paths the same files, to be left out of the exports
     */
    record Found(TeamDirectory teams, List<Reconciliation.SideFile> files, Set<Path> paths) {
    }

    private SideFiles() {
    }

    /** Looks at every input; never fails for a file's content (an unreadable file is left to the export loop). */
    static Found find(List<Path> inputs) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> services = new HashMap<>();
        List<Reconciliation.SideFile> files = new ArrayList<>();
        Set<Path> paths = new HashSet<>();
        for (Path input : inputs) {
            boolean namedLookup = input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(LOOKUP_SUFFIX);
            Optional<TeamsLookup.Names> lookup;
            try {
                lookup = readLookup(input);
            } catch (IOException e) {
                if (namedLookup) {
                    files.add(new Reconciliation.SideFile(InputFiles.nameOf(input), "lookup", 0, null,
                            "cannot read the file: " + e.getMessage()));
                    paths.add(input);
                }
                continue;
            }
            if (lookup.isPresent()) {
                TeamsLookup.Names found = lookup.get();
                (found.kind().equals(TeamsLookup.KIND) ? names : services).putAll(found.byId());
                files.add(new Reconciliation.SideFile(InputFiles.nameOf(input), found.kind(), found.byId().size(),
                        IngestRunner.sha256(input), null));
                paths.add(input);
                LOG.info("{} {}: {} names", found.kind(), input, found.byId().size());
            } else if (namedLookup) {
                files.add(new Reconciliation.SideFile(InputFiles.nameOf(input), "lookup", 0, IngestRunner.sha256(input),
                        "not an Opsgenie GET /v2/teams or GET /v1/services response nor a Grafana OnCall GET /api/v1/teams/"
                                + " page (a data or results list of teams or services with id and name): not used"));
                paths.add(input);
            }
        }
        return new Found(TeamDirectory.of(names, services), List.copyOf(files), Set.copyOf(paths));
    }

    private static Optional<TeamsLookup.Names> readLookup(Path input) throws IOException {
        if (!Files.isRegularFile(input)) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(input), 1 << 13)) {
            return TeamsLookup.readNames(in);
        }
    }
}
