/** The thin command line: each command parses options and calls the library. */
package org.policykg.cli;
