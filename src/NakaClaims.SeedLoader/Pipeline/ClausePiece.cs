namespace NakaClaims.SeedLoader.Pipeline;

// One claim's clause in a statement's content (ClauseSplitter): where it stands; whether it continues the
// subject of the clause before it; whether it is a count of casualties that leaves out its subject and verb
// and shares the place after it with that clause ("5 were killed and 20 injured in Ganja"); and whether it is
// a participle of what that clause's act did ("shelled Ganja, killing 9"), which happened where it did.
internal readonly record struct ClausePiece(int Start, int Length, bool Continues, bool Elliptic, bool Result);
