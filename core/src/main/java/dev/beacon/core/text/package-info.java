/** Small text tools shared by the modules, such as "did you mean" suggestions. JDK only. */
package dev.beacon.core.text;
