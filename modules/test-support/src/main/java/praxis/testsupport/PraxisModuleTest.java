package praxis.testsupport;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Spring Modulith module test for the module the test class is in: only that module (with the
 * platform, and its dependencies if {@link #mode()} asks), on a fresh throw-away embedded PostgreSQL
 * (config/application.properties of this artifact), with the Scenario API and published events available,
 * and {@link TestUsers} signing people in for method security.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ApplicationModuleTest(classes = PraxisTestApplication.class)
@ExtendWith(SecurityContextOfThisTest.class)
public @interface PraxisModuleTest {

    /** Which modules besides this one to start (default: none but the platform). */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
    ApplicationModuleTest.BootstrapMode mode() default ApplicationModuleTest.BootstrapMode.STANDALONE;

    /** Further modules to start, by name. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
    String[] extraIncludes() default {};
}
