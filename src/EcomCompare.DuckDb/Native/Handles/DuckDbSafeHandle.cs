using System.Runtime.InteropServices;

namespace EcomCompare.DuckDb.Native.Handles;

/// <summary>
/// Base of every owned DuckDB handle. A handle may depend on a parent (a connection on its database, a prepared
/// statement on its connection…): the parent is add-ref'ed when the child is created and released only after the
/// child has been freed, so native objects are always destroyed children-first even when the finalizer thread
/// collects them in any order. A failed native create leaves the handle invalid; disposing it still releases
/// the parent.
/// </summary>
internal abstract class DuckDbSafeHandle : SafeHandle
{
    private readonly SafeHandle? _parent;
    private int _parentReleased;

    protected DuckDbSafeHandle(SafeHandle? parent)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        if (parent is not null)
        {
            var added = false;
            parent.DangerousAddRef(ref added);
            _parent = parent;
        }
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Takes ownership of a pointer the C API wrote into an out-parameter.</summary>
    internal void Attach(IntPtr value) => SetHandle(value);

    protected abstract void Free(IntPtr value);

    protected sealed override bool ReleaseHandle()
    {
        try
        {
            Free(handle);
        }
        finally
        {
            ReleaseParent();
        }

        return true;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (IsInvalid)
        {
            // ReleaseHandle never runs for an invalid handle, so the parent reference is given back here.
            ReleaseParent();
        }
    }

    private void ReleaseParent()
    {
        if (_parent is not null && Interlocked.Exchange(ref _parentReleased, 1) == 0)
        {
            _parent.DangerousRelease();
        }
    }
}
