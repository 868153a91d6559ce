package dev.opshistory.ingest.hostile;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets {@code -Dopshistory.fuzz.tries=N} replace each fuzz property's tries for a longer run on demand; CI
 * keeps the tries written on the properties, sized for about two minutes on a 2-core machine.
 */
public final class FuzzTries implements AroundPropertyHook {

    static final String PROPERTY = "opshistory.fuzz.tries";

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String tries = System.getProperty(PROPERTY);
        // examples (one try) stay examples
        if (tries != null && !tries.isBlank() && context.attributes().tries().orElse(1) > 1) {
            context.attributes().setTries(Integer.parseInt(tries.trim()));
        }
        return property.execute();
    }

    /** Registered on the test class, it must reach each property method of it. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }
}
