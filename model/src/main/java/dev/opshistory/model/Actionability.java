package dev.opshistory.model;

/**
 * Whether a page needed a human (DESIGN.md §4). Repeated and flapping are separate flags, not classes.
 * Precedence when several rules match: FALSE_POSITIVE &gt; ACTIONABLE &gt; NON_ACTIONABLE.
 */
public enum Actionability {
    ACTIONABLE, NON_ACTIONABLE, FALSE_POSITIVE, UNKNOWN
}
