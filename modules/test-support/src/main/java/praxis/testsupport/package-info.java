/**
 * The common footing of every module's tests (docs/adding-a-module.md): the test assembly, the
 * module-test annotation, signed-in people, browserless view tests (Karibu) and browser journeys.
 * Outside {@code org.praxis} so Spring Modulith does not take it for a module.
 */
package praxis.testsupport;
