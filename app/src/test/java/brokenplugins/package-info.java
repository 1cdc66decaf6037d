/**
 * Classes of made-up plugins for the start-up tests ({@code PluginStartTests}, {@code BrokenPluginStartTests}).
 * Outside {@code org.praxis}, as an adopter's plugin is, and part of the application only when a test puts a
 * module descriptor naming their package on the class loader it starts the application from.
 */
package brokenplugins;
