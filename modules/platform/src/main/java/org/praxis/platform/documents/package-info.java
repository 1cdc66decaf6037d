/**
 * Documents modules hand to people: {@link org.praxis.platform.documents.CertificatePage}, the one-page PDF
 * certificate the learning programme, mentoring and co-production each fill with their own words.
 */
@NullMarked
package org.praxis.platform.documents;

import org.jspecify.annotations.NullMarked;
