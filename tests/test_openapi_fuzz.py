"""schemathesis, briefly, against the API's own OpenAPI document in process: every
operation answers as the document says. The long run is ``python -m benchmarks.schemathesis_run``."""

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.generation import GenerationMode

from webapp import create_app

# An app of this module's own, built at import: schemathesis reads its document to make the tests.
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", create_app({"TESTING": True, "ANSWER_CACHE": False}))
# Schema-valid requests must be answered, schema-invalid ones refused.
schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE])


@schema.parametrize()
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_operation_answers_as_its_document_says(case):
    # In process nothing undoes the compression that schemathesis's default headers ask for.
    case.call_and_validate(headers={"Accept-Encoding": "identity"})
