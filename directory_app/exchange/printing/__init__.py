"""Print drafts of the handbook (PDF, ODT, DOCX, HTML) and mailing labels.

directory → `build.build_draft` (scope, publication profile, sections by region) → `model.Draft`
→ `writers.write_draft` (one writer per format). Labels: `labels.label_addresses` →
`labels.write_labels`. Everything here uses QtGui and QtPrintSupport at most, never widgets.
"""
