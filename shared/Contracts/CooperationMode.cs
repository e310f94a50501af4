namespace Huli.Matchmaking.Contracts;

/// <summary>How a result changes hands (成果转化方式), as results offer and needs accept them.</summary>
public enum CooperationMode
{
    /// <summary>转让: the rights are sold outright.</summary>
    Transfer,

    /// <summary>许可: the rights are licensed.</summary>
    Licensing,

    /// <summary>合作开发: developed further together.</summary>
    JointDevelopment,

    /// <summary>技术服务: consulting, testing or service contracts.</summary>
    TechnicalService,

    /// <summary>作价入股: the result is valued and put in as equity.</summary>
    Equity,
}
