using System.Text.Json;

namespace NakaClaims.Serialization;

// Reads the claim-set format token by token into DTO instances that are reused for every item, handing each
// item to DtoReader as soon as it is complete: the mapping rules and their messages stay in one place, and
// reading allocates little beyond the model itself. Every error names its line (from the token's offset)
// and its path.
internal ref struct StreamingParser
{
    // Strings up to this many UTF-8 bytes are shared, and at most this many of them per read, so that a
    // hostile input of millions of distinct names costs no more than reading them unshared.
    private const int MaxSharedLength = 64;
    private const int MaxSharedStrings = 16_384;

    private readonly ReadOnlySpan<byte> _utf8;
    private readonly DtoReader _mapper;
    private Utf8JsonReader _reader;

    // The path of what is being read, kept as the item's path, the member object being read in it and the
    // current property name, and only turned into a string when an error needs it.
    private string _parent;
    private ReadOnlySpan<byte> _member;
    private int _memberIndex;
    private ReadOnlySpan<byte> _name;

    // The member objects of the claim being read, refilled for every claim: DtoReader is done with them
    // before the next claim is read.
    private readonly SpanDto _span = new();
    private readonly ActorDto _actor = new();
    private readonly EventDto _event = new();
    private readonly List<QuantityDto?> _quantities = [];
    private readonly List<QuantityDto> _quantityPool = [];
    private readonly HashSet<string> _shared = new(StringComparer.Ordinal);

    private StreamingParser(ReadOnlySpan<byte> utf8)
    {
        _utf8 = utf8;
        _reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = ClaimSetJson.MaxDepth });
        _mapper = new DtoReader();
        _parent = string.Empty;
        _member = default;
        _memberIndex = -1;
        _name = default;
    }

    // The item's path ("claims[3]"), the member object being read in it ("span", "quantities" and an index)
    // and the current property, joined only when asked for: nearly always by an error.
    private readonly string Path
    {
        get
        {
            var path = _member.IsEmpty ? _parent : Join(_parent, System.Text.Encoding.UTF8.GetString(_member)) + (_memberIndex >= 0 ? $"[{_memberIndex}]" : string.Empty);
            return _name.IsEmpty ? path : Join(path, System.Text.Encoding.UTF8.GetString(_name));
        }
    }

    public static (List<Document> Documents, List<Claim> Claims, List<ClaimLink> Links) Parse(ReadOnlySpan<byte> utf8)
    {
        var parser = new StreamingParser(utf8);
        try
        {
            return parser.ReadSet();
        }
        catch (JsonException e)
        {
            var line = parser.Line();
            var path = parser.Path;
            var where = path.Length == 0 ? string.Empty : $", path '{path}'";
            throw new ClaimSetFormatException($"Invalid claim-set JSON at line {line}{where}: {FirstSentence(e.Message)}", path.Length == 0 ? null : path, line, e);
        }
    }

    private (List<Document>, List<Claim>, List<ClaimLink>) ReadSet()
    {
        Next();
        if (_reader.TokenType == JsonTokenType.Null)
        {
            throw new ClaimSetFormatException("The JSON is 'null'; expected a claim-set object.", null, Line());
        }

        Expect(JsonTokenType.StartObject, "must be a claim-set object");
        var (documents, claims, links) = (new List<Document>(), new List<Claim>(), new List<ClaimLink>());
        long? version = null;
        var document = new DocumentDto();
        var claim = new ClaimDto();
        var link = new LinkDto();
        while (NextProperty(string.Empty))
        {
            if (Is("schemaVersion"u8))
            {
                version = Long();
            }
            else if (Is("documents"u8))
            {
                for (var i = 0; NextItem("documents", i) is { } path; i++)
                {
                    documents.Add(_mapper.ReadDocument(FillDocument(document), path));
                }
            }
            else if (Is("claims"u8))
            {
                for (var i = 0; NextItem("claims", i) is { } path; i++)
                {
                    claims.Add(_mapper.ReadClaim(FillClaim(claim), path));
                }
            }
            else if (Is("links"u8))
            {
                for (var i = 0; NextItem("links", i) is { } path; i++)
                {
                    links.Add(DtoReader.ReadLink(FillLink(link), path));
                }
            }
            else
            {
                Skip();
            }
        }

        DtoReader.CheckVersion(version);
        return (documents, claims, links);
    }

    // Moves into the array on the first call, then to each element: its path, or null after the last one.
    private string? NextItem(string name, int index)
    {
        if (index == 0)
        {
            Next();
            if (_reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            Expect(JsonTokenType.StartArray, "must be an array");
        }

        Next();
        if (_reader.TokenType == JsonTokenType.EndArray)
        {
            return null;
        }

        var path = $"{name}[{index}]";
        _parent = path;
        _name = default;
        if (_reader.TokenType == JsonTokenType.Null)
        {
            throw Error(path, "must be an object, not null.");
        }

        Expect(JsonTokenType.StartObject, "must be an object");
        return path;
    }

    private DocumentDto FillDocument(DocumentDto d)
    {
        var parent = Path;
        (d.Id, d.Publisher, d.Place, d.Published, d.Length) = (null, null, null, null, null);
        while (NextProperty(parent))
        {
            if (Is("id"u8)) { d.Id = String(); }
            else if (Is("publisher"u8)) { d.Publisher = SharedString(); }
            else if (Is("place"u8)) { d.Place = SharedString(); }
            else if (Is("published"u8)) { d.Published = SharedString(); }
            else if (Is("length"u8)) { d.Length = Int(); }
            else { Skip(); }
        }

        return d;
    }

    private ClaimDto FillClaim(ClaimDto c)
    {
        var parent = Path;
        (c.Id, c.DocumentId, c.Text, c.Span, c.Claimant, c.Via, c.Cue, c.Mode) = (null, null, null, null, null, null, null, null);
        (c.AssertedOn, c.Event, c.Quantities, c.Polarity, c.Target) = (null, null, null, null, null);
        while (NextProperty(parent))
        {
            if (Is("id"u8)) { c.Id = String(); }
            else if (Is("documentId"u8)) { c.DocumentId = SharedString(); }
            else if (Is("text"u8)) { c.Text = String(); }
            else if (Is("span"u8)) { c.Span = Span(); }
            else if (Is("claimant"u8)) { c.Claimant = Claimant(); }
            else if (Is("via"u8)) { c.Via = Strings(); }
            else if (Is("cue"u8)) { c.Cue = SharedString(); }
            else if (Is("mode"u8)) { c.Mode = SharedString(); }
            else if (Is("assertedOn"u8)) { c.AssertedOn = SharedString(); }
            else if (Is("event"u8)) { c.Event = Event(); }
            else if (Is("quantities"u8)) { c.Quantities = Quantities(); }
            else if (Is("polarity"u8)) { c.Polarity = SharedString(); }
            else if (Is("target"u8)) { c.Target = String(); }
            else { Skip(); }
        }

        return c;
    }

    private LinkDto FillLink(LinkDto l)
    {
        var parent = Path;
        (l.Type, l.From, l.To, l.Reason, l.Basis) = (null, null, null, null, null);
        while (NextProperty(parent))
        {
            if (Is("type"u8)) { l.Type = SharedString(); }
            else if (Is("from"u8)) { l.From = String(); }
            else if (Is("to"u8)) { l.To = String(); }
            else if (Is("reason"u8)) { l.Reason = SharedString(); }
            else if (Is("basis"u8)) { l.Basis = SharedString(); }
            else { Skip(); }
        }

        return l;
    }

    private SpanDto? Span()
    {
        if (!StartMember(out var at))
        {
            return null;
        }

        var span = _span;
        (span.Start, span.Length) = (null, null);
        while (NextProperty(at))
        {
            if (Is("start"u8)) { span.Start = Int(); }
            else if (Is("length"u8)) { span.Length = Int(); }
            else { Skip(); }
        }

        return span;
    }

    private ActorDto? Claimant()
    {
        if (!StartMember(out var at))
        {
            return null;
        }

        var actor = _actor;
        (actor.Name, actor.Role, actor.Organization, actor.Side) = (null, null, null, null);
        while (NextProperty(at))
        {
            if (Is("name"u8)) { actor.Name = SharedString(); }
            else if (Is("role"u8)) { actor.Role = SharedString(); }
            else if (Is("organization"u8)) { actor.Organization = SharedString(); }
            else if (Is("side"u8)) { actor.Side = SharedString(); }
            else { Skip(); }
        }

        return actor;
    }

    private EventDto? Event()
    {
        if (!StartMember(out var at))
        {
            return null;
        }

        var e = _event;
        (e.Type, e.On, e.Place, e.Agent) = (null, null, null, null);
        while (NextProperty(at))
        {
            if (Is("type"u8)) { e.Type = SharedString(); }
            else if (Is("on"u8)) { e.On = SharedString(); }
            else if (Is("place"u8)) { e.Place = SharedString(); }
            else if (Is("agent"u8)) { e.Agent = SharedString(); }
            else { Skip(); }
        }

        return e;
    }

    private List<QuantityDto?>? Quantities()
    {
        Next();
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(JsonTokenType.StartArray, "must be an array");
        var array = new MemberPath(_parent, _name, -1);
        var list = _quantities;
        list.Clear();
        for (var i = 0; Next() && _reader.TokenType != JsonTokenType.EndArray; i++)
        {
            var at = new MemberPath(array.Item, array.Member, i);
            Enter(at);
            if (_reader.TokenType == JsonTokenType.Null)
            {
                list.Add(null);
                continue;
            }

            Expect(JsonTokenType.StartObject, "must be an object");
            var q = PooledQuantity(list.Count);
            while (NextProperty(at))
            {
                if (Is("count"u8)) { q.Count = Long(); }
                else if (Is("min"u8)) { q.Min = Long(); }
                else if (Is("max"u8)) { q.Max = Long(); }
                else if (Is("approximate"u8)) { q.Approximate = Bool(); }
                else if (Is("item"u8)) { q.Item = SharedString(); }
                else if (Is("itemText"u8)) { q.ItemText = SharedString(); }
                else if (Is("owner"u8)) { q.Owner = SharedString(); }
                else { Skip(); }
            }

            list.Add(q);
        }

        return list;
    }

    private readonly QuantityDto PooledQuantity(int index)
    {
        while (index >= _quantityPool.Count)
        {
            _quantityPool.Add(new QuantityDto());
        }

        var q = _quantityPool[index];
        (q.Count, q.Min, q.Max, q.Approximate, q.Item, q.ItemText, q.Owner) = (null, null, null, null, null, null, null);
        return q;
    }

    private List<string?>? Strings()
    {
        Next();
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(JsonTokenType.StartArray, "must be an array");
        var list = new List<string?>(2);
        Enter(new MemberPath(_parent, _name, -1));
        while (Next() && _reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(_reader.TokenType == JsonTokenType.Null ? null : CurrentSharedString());
        }

        return list;
    }

    private static string Join(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    // Moves to the next property of the item being read, recording its path; false at the object's end.
    private bool NextProperty(string item) => NextProperty(new MemberPath(item, default, -1));

    // Moves to the next property of a member object of the item ("claims[3]" "span" "start").
    private bool NextProperty(in MemberPath at)
    {
        Next();
        Enter(at);
        if (_reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        _name = _reader.ValueSpan;
        return true;
    }

    private void Enter(in MemberPath at)
    {
        _parent = at.Item;
        _member = at.Member;
        _memberIndex = at.Index;
        _name = default;
    }

    // Enters the object held by the current property; false when it is null.
    private bool StartMember(out MemberPath at)
    {
        at = new MemberPath(_parent, _name, -1);
        return StartObject();
    }

    private bool StartObject()
    {
        Next();
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        Expect(JsonTokenType.StartObject, "must be an object");
        return true;
    }

    private bool Is(ReadOnlySpan<byte> name) => _reader.ValueTextEquals(name);

    private string? String()
    {
        Next();
        return _reader.TokenType == JsonTokenType.Null ? null : CurrentString();
    }

    // Names, dates, modes and places repeat across thousands of claims: one string each per read, looked up
    // without allocating, instead of one per occurrence that the model then keeps.
    private string? SharedString()
    {
        Next();
        return _reader.TokenType == JsonTokenType.Null ? null : CurrentSharedString();
    }

    private string CurrentSharedString()
    {
        if (_reader.TokenType != JsonTokenType.String || _reader.HasValueSequence || _reader.ValueSpan.Length > MaxSharedLength)
        {
            return CurrentString();
        }

        Span<char> chars = stackalloc char[MaxSharedLength];
        var text = chars[.._reader.CopyString(chars)];
        var lookup = _shared.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var shared))
        {
            shared = text.ToString();
            if (_shared.Count < MaxSharedStrings)
            {
                _shared.Add(shared);
            }
        }

        return shared;
    }

    private string CurrentString() =>
        _reader.TokenType == JsonTokenType.String ? _reader.GetString()! : throw Error(Path, "must be a string.");

    private int? Int()
    {
        Next();
        return _reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number when _reader.TryGetInt32(out var n) => n,
            _ => throw Error(Path, "must be a whole number within Int32."),
        };
    }

    private long? Long()
    {
        Next();
        return _reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number when _reader.TryGetInt64(out var n) => n,
            _ => throw Error(Path, "must be a whole number."),
        };
    }

    private bool? Bool()
    {
        Next();
        return _reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw Error(Path, "must be true or false."),
        };
    }

    private void Skip()
    {
        Next();
        _reader.Skip();
    }

    private bool Next()
    {
        if (!_reader.Read())
        {
            throw new ClaimSetFormatException($"Invalid claim-set JSON at line {Line()}: the input ends before the claim set does.", null, Line());
        }

        return true;
    }

    private void Expect(JsonTokenType type, string what)
    {
        if (_reader.TokenType != type)
        {
            throw Error(Path.Length == 0 ? "$" : Path, what + ".");
        }
    }

    private long Line() =>
        1 + _utf8[..(int)Math.Min(_reader.TokenStartIndex, _utf8.Length)].Count((byte)'\n');

    private ClaimSetFormatException Error(string path, string message) =>
        new($"Invalid claim set at '{path}': {message} (line {Line()})", path, Line());

    private static string FirstSentence(string message)
    {
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var end = message.IndexOf(marker, StringComparison.Ordinal);
            if (end > 0)
            {
                message = message[..end];
            }
        }

        return message;
    }

    // Where a member object stands in the item being read: "claims[3]" and "span", or "quantities" and an index.
    private readonly ref struct MemberPath(string item, ReadOnlySpan<byte> member, int index)
    {
        public string Item { get; } = item;

        public ReadOnlySpan<byte> Member { get; } = member;

        public int Index { get; } = index;
    }
}
