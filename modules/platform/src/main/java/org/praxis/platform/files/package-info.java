/**
 * Where modules keep the files people upload: {@link org.praxis.platform.files.FileStorage}, kept on disk
 * below {@code praxis.files.directory} unless an adopter plugs in storage of their own.
 */
@NullMarked
package org.praxis.platform.files;

import org.jspecify.annotations.NullMarked;
