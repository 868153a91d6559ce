package dev.opshistory.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a test class using {@link KafkaBrokerExtension}: the class gets a broker of its own, started before its
 * first test and stopped after its last, instead of the one shared by the test run. For tests that write to the
 * pipeline's fixed topics what other classes must not read (a job reads every topic from the earliest offset).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DedicatedBroker {
}
