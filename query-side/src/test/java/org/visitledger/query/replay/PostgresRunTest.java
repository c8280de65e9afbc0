package org.visitledger.query.replay;

import org.visitledger.testing.PostgresRunCheck;

/** Whether the projection tests' PostgreSQL run happens here, and that its server answers (see the superclass). */
class PostgresRunTest extends PostgresRunCheck {
}
