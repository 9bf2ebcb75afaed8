import torch
import torch.nn.functional as F


def conv_block_forward(
    images: list,
    weight: list,
    bias: list[float],
    gamma: list[float],
    beta: list[float],
    running_mean: list[float],
    running_var: list[float],
    config: dict,
) -> dict:
    as_tensor = lambda v: torch.tensor(v, dtype=torch.float64)  # noqa: E731
    x = as_tensor(images)
    conv = F.conv2d(x, as_tensor(weight), as_tensor(bias), stride=config["stride"], padding=config["padding"])

    # batch_norm in training mode normalises with the biased batch variance and updates these
    # buffers in place with momentum and the unbiased variance; they are copies, so the inputs stay.
    mean_buffer, var_buffer = as_tensor(running_mean), as_tensor(running_var)
    normed = F.batch_norm(
        conv,
        mean_buffer,
        var_buffer,
        weight=as_tensor(gamma),
        bias=as_tensor(beta),
        training=True,
        momentum=config["momentum"],
        eps=config["eps"],
    )
    pooled = F.max_pool2d(F.relu(normed), kernel_size=config["pool"], stride=config["pool_stride"])
    return {
        "output": pooled.tolist(),
        "running_mean": mean_buffer.tolist(),
        "running_var": var_buffer.tolist(),
    }
