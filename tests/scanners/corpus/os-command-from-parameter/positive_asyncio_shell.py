import asyncio


async def disk_usage(folder):
    proc = await asyncio.create_subprocess_shell("du -sh " + folder, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()
