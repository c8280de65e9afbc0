package org.visitledger.app;

import org.visitledger.testing.PostgresRunCheck;

/** Whether the HTTP tests' PostgreSQL run happens here, and that its server answers (see the superclass). */
class PostgresRunTest extends PostgresRunCheck {
}
