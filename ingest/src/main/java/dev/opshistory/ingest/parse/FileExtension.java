package dev.opshistory.ingest.parse;

import java.util.Locale;

/**
 * A file name's extension as both the folder walk and format detection read it: the lower-case letters and digits
 * after the last dot, or "" when the name has none — "PM2022-009 - Bad AMI v1.2 rollout" has none, so that the walk
 * takes such a file and detection reads it by its content.
 */
public final class FileExtension {

    private FileExtension() {
    }

    /** The extension of {@code fileName} (a name, not a path), lower-case, or "". */
    public static String of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String last = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return last.matches("[a-z0-9]{1,8}") ? last : "";
    }
}
