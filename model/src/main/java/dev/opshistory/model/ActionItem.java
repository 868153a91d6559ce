package dev.opshistory.model;

/** One action item of a postmortem. Every component may be null when the document leaves it out. */
public record ActionItem(String text, String owner, String type, String status) {
}
